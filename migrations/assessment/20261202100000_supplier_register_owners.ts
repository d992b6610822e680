import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

// The supplier register gets owners. A supplier remembers the organisation that registered it;
// rows from before are left without one, so only a registrar may edit them. An exclusion is either
// one buyer organisation's decision, applying to its procurements only, or a debarment applying to
// every buyer. Exclusions recorded before could be recorded by anyone and were applied to every
// buyer; they stay debarments without a deciding organisation, so none is silently lifted. An
// ended exclusion keeps its row, with when and why it ended.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table suppliers add column registered_by_organisation_id text;

    alter table supplier_exclusions
      add column scope text not null default 'all-buyers' check (scope in ('buyer', 'all-buyers')),
      add column organisation_id text,
      add column ended_at timestamptz,
      add column end_reason text,
      add constraint supplier_exclusions_buyer_decision_names_its_organisation check (scope <> 'buyer' or organisation_id is not null),
      add constraint supplier_exclusions_ended_with_a_reason check ((ended_at is null) = (end_reason is null));
    alter table supplier_exclusions alter column scope drop default;
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table supplier_exclusions
      drop constraint supplier_exclusions_ended_with_a_reason,
      drop constraint supplier_exclusions_buyer_decision_names_its_organisation,
      drop column end_reason,
      drop column ended_at,
      drop column organisation_id,
      drop column scope;
    alter table suppliers drop column registered_by_organisation_id;
  `.execute(db)
}
