import { sql, type SQL } from 'drizzle-orm';

/**
 * SQL for the mass in kg of `quantity` of a lot, from its unit and its category's factor:
 * kg and t convert exactly; the category's default unit uses kg per unit; any other unit has no
 * known mass (null) rather than a guess. `lot` and `category` are the aliases in the query.
 */
export function lotKgExpr(quantity: SQL, lot: SQL, category: SQL): SQL<string | null> {
  return sql<string | null>`(case
    when ${lot}.unit = 'kg' then ${quantity}
    when ${lot}.unit = 't' then ${quantity} * 1000
    when ${lot}.unit = ${category}.default_unit then ${quantity} * ${category}.kg_per_unit
  end)`;
}

/** kg CO2e avoided for the same quantity; null without a mass or a factor. */
export function lotCo2eExpr(quantity: SQL, lot: SQL, category: SQL): SQL<string | null> {
  return sql<string | null>`(${lotKgExpr(quantity, lot, category)} * ${category}.co2e_kg_per_kg)`;
}
