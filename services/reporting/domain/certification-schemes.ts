// The scheme codes evidence names (assessment's evidence `scheme`) that the KPIs count.

/**
 * Type I ecolabels (ISO 14024: third-party, multi-criteria, life-cycle based) for ICT: the EU
 * Ecolabel (Regulation (EC) No 66/2010), Blue Angel and TCO Certified (members of the Global
 * Ecolabelling Network, which admits ISO 14024 programmes only) and EPEAT (run by the Global
 * Electronics Council as an ISO 14024 Type I ecolabel). ENERGY STAR is a single-criterion energy
 * label and is not one (K18).
 */
export const TYPE_I_ECOLABEL_SCHEMES: readonly string[] = ['EU_ECOLABEL', 'EPEAT', 'TCO_CERTIFIED', 'BLUE_ANGEL']

/**
 * Environmental management systems: ISO 14001 and EMAS (Regulation (EC) No 1221/2009). ISO 9001
 * (quality) and ISO 45001 (occupational health and safety) certify other management systems and
 * are never counted as environmental (K19).
 */
export const ENVIRONMENTAL_MANAGEMENT_SCHEMES: readonly string[] = ['ISO_14001', 'EMAS']

/** The note of a KPI that left out verified, valid certificates naming no scheme or standard. */
export const certificatesLeftOut = (count: number, noun: string, unnamed: 'scheme' | 'standard') =>
  `${count} verified ${noun}${count === 1 ? '' : 's'} left out: ${count === 1 ? 'it names' : 'they name'} no ${unnamed}`
