// Fees are whole dollars in every policy seen so far; cents show only when a policy has them.
const dollars = (amount: number): string => `$${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;

/** "Renewal fee $40; late fee $35 after the due date" */
export const describeFees = (policy: { renewalFee: number; lateFee: number }): string =>
  `Renewal fee ${dollars(policy.renewalFee)}; late fee ${dollars(policy.lateFee)} after the due date`;
