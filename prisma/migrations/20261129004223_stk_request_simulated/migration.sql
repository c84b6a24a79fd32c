-- AlterTable
-- (Written as ADD COLUMN by hand: the generated migration rebuilt the whole table for the same result.
-- Prompts sent before this migration count as real: which ones went to the simulator is not known.)
ALTER TABLE "StkRequest" ADD COLUMN "simulated" BOOLEAN NOT NULL DEFAULT false;
