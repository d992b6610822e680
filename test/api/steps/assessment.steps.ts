import { Given, When } from '@cucumber/cucumber'
import { answerAll } from '../../helpers/tender.ts'
import { bidBody } from './fixtures.ts'
import type { ApiWorld } from './world.ts'

// Bodies too long to write out in a feature and that depend on what set-up created: a bid answers
// every requirement of the scenario's tender, a performance report every requirement of its clause.

function performanceReport(world: ApiWorld) {
  const clause = world.stash.contract.clauses.find((c: { id: string }) => c.id === world.vars.get('clauseId'))
  return {
    periodStart: '2027-02-01',
    periodEnd: '2027-12-31',
    responses: answerAll({ technicalSpecifications: [clause], selectionCriteria: [], awardCriteria: [] }, 1),
    figures: { unitsCollected: 80, unitsReused: 60, unitsRecycled: 20, unitsSanitised: 80, sanitisationCertificates: 80, repairs: 7, sparePartsDelivered: 12, unitsReachedEndOfUse: 100, massCollectedKg: 132, massToCertifiedRecyclersKg: 33, recoveredMetalsG: { gold: 3.2, silver: 10.4, palladium: 1.1 } },
  }
}

When('the client sends a {word} request to {string} with a complete bid', async function (this: ApiWorld, method: string, path: string) {
  await this.send(method, path, { body: JSON.stringify(bidBody(this)) })
})

When(
  'the client sends a {word} request to {string} with header {string} set to {string} and a complete bid',
  async function (this: ApiWorld, method: string, path: string, header: string, value: string) {
    await this.send(method, path, { headers: { [header]: value }, body: JSON.stringify(bidBody(this, '590.00')) })
  },
)

When('the client sends a POST request to {string} with a performance report on the clause', async function (this: ApiWorld, path: string) {
  await this.send('POST', path, { body: JSON.stringify(performanceReport(this)) })
})

Given('reporting has read the tender', async function (this: ApiWorld) {
  // Reporting polls the assessment feed (every 500 ms in the harness); a rebuild started by another
  // scenario starts it from zero again, which takes a few seconds more.
  const path = this.interpolate('/api/v1/ocds/release-packages?procurementId={procurementId}')
  const token = `Bearer ${await this.token('buyer', { organisation: this.settings.buyerOrganisation })}`
  for (const started = Date.now(); Date.now() - started < 30_000; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if ((await this.call('reporting', 'GET', path, token)).status === 200) return
  }
  throw new Error(`reporting did not read tender ${this.vars.get('procurementId')} within 30 s`)
})
