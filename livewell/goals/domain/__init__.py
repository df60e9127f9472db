"""Pure domain code for goals (no Django): nutrient targets, input parsing, the budget."""
