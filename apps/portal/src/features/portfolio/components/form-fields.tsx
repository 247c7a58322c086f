import { Checkbox, NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import {
  Controller,
  type FieldPathByValue,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import type { NumberValue } from '../model/field-rules';

interface BaseProps<V extends FieldValues, N extends Path<V> = Path<V>> {
  form: UseFormReturn<V>;
  name: N;
  label: string;
  description?: string;
  required?: boolean;
}

// A field's description goes under its input: side-by-side fields line up whether or not they have one.
// A group of checkboxes keeps it under its label, where it explains the choices.
const ORDER: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

const errorOf = <V extends FieldValues>(form: UseFormReturn<V>, name: Path<V>) =>
  form.getFieldState(name, form.formState).error?.message;

/** What every registered (uncontrolled) input gets: its label, wrapper order, error and registration. */
const registered = <V extends FieldValues>({ form, name, label, description, required }: BaseProps<V>) => ({
  label,
  inputWrapperOrder: ORDER,
  description,
  withAsterisk: required,
  error: errorOf(form, name),
  ...form.register(name),
});

export const TextField = <V extends FieldValues>(props: BaseProps<V>) => <TextInput {...registered(props)} />;

export const TextareaField = <V extends FieldValues>(props: BaseProps<V>) => (
  <Textarea autosize minRows={2} maxRows={8} {...registered(props)} />
);

export const DateField = <V extends FieldValues>(props: BaseProps<V>) => (
  <TextInput type="date" {...registered(props)} />
);

export const SelectField = <V extends FieldValues>({
  data,
  ...props
}: BaseProps<V> & { data: { value: string; label: string }[] }) => (
  <NativeSelect data={data} {...registered(props)} />
);

export const NumberField = <V extends FieldValues>({
  form,
  name,
  label,
  description,
  required,
  min,
  max,
  decimals = true,
}: BaseProps<V, FieldPathByValue<V, NumberValue>> & { min: number; max: number; decimals?: boolean }) => (
  <Controller
    control={form.control}
    name={name}
    render={({ field, fieldState }) => (
      <NumberInput
        label={label}
        inputWrapperOrder={ORDER}
        description={description}
        withAsterisk={required}
        min={min}
        max={max}
        allowNegative={min < 0}
        allowDecimal={decimals}
        decimalScale={decimals ? 2 : 0}
        clampBehavior="none"
        // Kept as Mantine gives it ('' when empty, "12." while typing): a number here would eat the dot.
        value={field.value as NumberValue}
        onChange={field.onChange}
        onBlur={field.onBlur}
        name={field.name}
        ref={field.ref}
        error={fieldState.error?.message}
      />
    )}
  />
);

export const CheckboxField = <V extends FieldValues>({
  form,
  name,
  label,
  description,
}: BaseProps<V, FieldPathByValue<V, boolean>>) => (
  <Controller
    control={form.control}
    name={name}
    render={({ field, fieldState }) => (
      <Checkbox
        label={label}
        description={description}
        checked={field.value as boolean}
        onChange={(event) => field.onChange(event.currentTarget.checked)}
        onBlur={field.onBlur}
        name={field.name}
        ref={field.ref}
        error={fieldState.error?.message}
      />
    )}
  />
);

export const CheckboxGroupField = <V extends FieldValues>({
  form,
  name,
  label,
  description,
  choices,
  columns = 1,
}: BaseProps<V, FieldPathByValue<V, string[]>> & {
  choices: { value: string; label: string }[];
  columns?: 1 | 2;
}) => (
  <Controller
    control={form.control}
    name={name}
    render={({ field, fieldState }) => (
      <Checkbox.Group
        label={label}
        description={description}
        value={field.value as string[]}
        onChange={field.onChange}
        error={fieldState.error?.message}
      >
        <SimpleGrid cols={{ base: 1, xs: columns }} spacing="xs" verticalSpacing={6} mt={6}>
          {choices.map((choice) => (
            <Checkbox key={choice.value} value={choice.value} label={choice.label} onBlur={field.onBlur} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    )}
  />
);
