export {
  generatePopulation,
  type PopulationOptions,
  type PopulationResult,
} from './generate-population.ts';
