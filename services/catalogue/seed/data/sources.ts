/**
 * Criterion sources. Dates and document numbers as in docs/sources.md#criteria; no URL is given where
 * no public address of the document itself could be checked.
 */
import type { SeedCriterion } from './types.ts'

type Source = SeedCriterion['source']

export const EU_GPP_2021_CMTS: Source = {
  code: 'EU-GPP-2021-CMTS',
  title: 'EU green public procurement criteria for computers, monitors, tablets and smartphones',
  publisher: 'European Commission',
  published: '2021-03-05',
  url: null,
}

export const EU_GPP_2020_DC: Source = {
  code: 'EU-GPP-2020-DC',
  title: 'EU green public procurement criteria for data centres, server rooms and cloud services, SWD(2020) 55 final',
  publisher: 'European Commission',
  published: '2020-03-11',
  url: null,
}

export const DPG_GOVSTACK: Source = {
  code: 'DPG-GOVSTACK',
  title:
    'Digital Public Goods Standard (Digital Public Goods Alliance) and GovStack reuse principles and cross-functional requirements, applied to procuring software and e-services',
  publisher: 'Digital Public Goods Alliance; GovStack initiative',
  published: null,
  url: null,
}

/** The catalogue's own criteria, written for this building block on public regulations, conventions, standards and labels (docs/sources.md#own-criteria). */
export const CIRC_ICT: Source = {
  code: 'CIRC-ICT',
  title:
    'Circular ICT procurement building block: own criteria on software support, labels, imaging and network equipment, social responsibility and end of life where certified recyclers are scarce',
  publisher: 'GovStack circular ICT procurement building block',
  published: null,
  url: null,
}

export const sources: Source[] = [EU_GPP_2021_CMTS, EU_GPP_2020_DC, DPG_GOVSTACK, CIRC_ICT]
