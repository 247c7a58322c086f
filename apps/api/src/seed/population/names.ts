/** Word lists the generated people, places and portfolio entries are drawn from. */

const words = (list: string): readonly string[] => list.split('|').map((w) => w.trim());

export const FIRST_NAMES = words(
  'Aaliyah|Abigail|Adrian|Aisha|Alejandro|Amara|Amelia|Ana|Andre|Angela|Ava|Beatriz|Benjamin|Bianca|' +
    'Caleb|Camila|Carmen|Chloe|Daniel|Deja|Diana|Elena|Elijah|Emily|Emma|Fatima|Gabriel|Grace|Hana|' +
    'Hannah|Imani|Isabella|Jamal|Jasmine|Jennifer|Jessica|Jordan|Julia|Kayla|Keisha|Laura|Layla|Leah|' +
    'Lucia|Maria|Maya|Megan|Mei|Michelle|Mira|Naomi|Nadia|Nicole|Noah|Olivia|Omar|Paula|Priya|Rachel|' +
    'Rosa|Ruth|Samantha|Sara|Sofia|Tamika|Tanya|Valeria|Vanessa|Yasmin|Zoe',
);

export const LAST_NAMES = words(
  'Adams|Ahmed|Allen|Alvarez|Anderson|Bailey|Baker|Bell|Brooks|Brown|Campbell|Carter|Chen|Clark|' +
    'Collins|Cruz|Davis|Diaz|Edwards|Evans|Fischer|Flores|Garcia|Gomez|Gonzalez|Green|Hall|Harris|' +
    'Hernandez|Hill|Jackson|James|Johnson|Jones|Kim|King|Kowalski|Lee|Lewis|Lopez|Martin|Martinez|' +
    'Miller|Mitchell|Moore|Morales|Murphy|Nguyen|Nowak|Okafor|Patel|Perez|Phillips|Ramirez|Reed|' +
    'Rivera|Roberts|Robinson|Rodriguez|Sanchez|Scott|Singh|Smith|Taylor|Thomas|Thompson|Torres|' +
    'Walker|Williams|Wilson',
);

export const CITIES = words(
  'Ann Arbor|Battle Creek|Bay City|Dearborn|Detroit|Flint|Grand Rapids|Holland|Jackson|Kalamazoo|' +
    'Lansing|Livonia|Marquette|Midland|Muskegon|Pontiac|Saginaw|Sterling Heights|Traverse City|Troy|' +
    'Warren|Ypsilanti',
);

export const STREETS = words(
  'Maple Ave|Oak St|Cedar Ln|Elm St|Washington Blvd|Lakeview Dr|Main St|Park Ave|River Rd|' +
    'Hillcrest Dr|Woodward Ave|Michigan Ave',
);

export const EMPLOYERS = words(
  "Early Head Start|Community Mental Health|County Health Department|Children's Hospital|" +
    'Family Service Agency|Early On|Healthy Families|Child Care Resource Center|University Infant Clinic|' +
    'Public Schools Early Childhood|Nurse-Family Partnership|Infant Mental Health Program|' +
    'Department of Health and Human Services|Foster Care Services',
);

export const JOB_TITLES = words(
  'Home visitor|Early interventionist|Infant mental health therapist|Family support specialist|' +
    'Child care consultant|Clinical supervisor|Program manager|Early childhood teacher|Social worker|' +
    'Nurse home visitor|Parent educator|Clinical director|Policy analyst',
);

export const FIELDS = words(
  'Social Work|Child Development|Psychology|Early Childhood Education|Nursing|Counseling|' +
    'Human Development and Family Studies|Special Education|Public Health',
);

export const INSTITUTIONS = words(
  'Wayne State University|Michigan State University|University of Michigan|Western Michigan University|' +
    'Eastern Michigan University|Grand Valley State University|Central Michigan University|' +
    'Oakland University|Ferris State University|Northern Michigan University',
);

export const TRAINING_TITLES = words(
  'Foundations of Infant Mental Health|Attachment Across the First Three Years|Parent–Infant Observation|' +
    'Working with Families Under Stress|Infant Feeding and Regulation|Trauma-Informed Home Visiting|' +
    'Early Brain Development|Perinatal Depression|Supporting Early Relationships|Reflective Practice|' +
    'Assessment in the First Years|Substance Use and Parenting|Co-Parenting and Family Systems|' +
    'Sleep and Self-Regulation|Ethics in Infant and Family Work',
);

export const DEI_TRAINING_TITLES = words(
  'Culturally Responsive Home Visiting|Equity in Early Intervention|Anti-Bias Practice with Families|' +
    'Implicit Bias and Infant Mental Health|Serving Immigrant and Refugee Families',
);

export const RSC_TRAINING_TITLES = words(
  'Providing Reflective Supervision|Reflective Supervision: The Supervisor’s Role|Leading Reflective Groups',
);

export const TRAINING_PROVIDERS = words(
  'MI-AIMH|Zero to Three|Erikson Institute|Fraser|University Extension|County ISD|' +
    'Alliance for the Advancement of IMH|Community Mental Health Training Unit',
);

export const COMPETENCY_DOMAINS = words(
  'theoretical_foundations|law_regulation_policy|systems_expertise|direct_service_skills|' +
    'working_with_others|communicating',
);

export const RSC_PROVIDERS = words(
  'Ruth Bakker|Samuel Osei|Linda Moreau|Deborah Klein|Marisol Vega|Patricia Young|Helen Novak|' +
    'Karen Whitfield|Joyce Adebayo|Susan Marsh',
);
