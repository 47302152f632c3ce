-- Filtered agreement lists (country, kind, years) read these instead of filtering thousands of rows.
create index ix_agreement_country_kind_signed on agreement (foreign_country, kind, signed_on);
create index ix_agreement_country_signed on agreement (foreign_country, signed_on);
