Feature: Evaluation, award, contract and performance reports
  The buyer evaluates a lot (gates, points, life-cycle cost, CO2e, ranking), awards the top-ranked
  bid, signs the contract; the supplier reports on its performance clauses.

  @positive
  Scenario: The buyer evaluates a lot
    Given a tender in evaluation with a bid and its evidence
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/procurements/{procurementId}/lots/{lotId}/evaluations"
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "ranking.0" is "{bidId}"
    And the response field "bids.0.totalPoints" is a number

  @negative
  Scenario: A lot cannot be evaluated while the tender is open
    Given a submitted bid on an open tender
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/procurements/{procurementId}/lots/{lotId}/evaluations"
    Then the response status is 409
    And the response is a problem with code "PROCUREMENT_NOT_IN_EVALUATION"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The latest evaluation of a lot
    Given an evaluated tender
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/procurements/{procurementId}/lots/{lotId}/evaluations/latest"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "{evaluationId}"

  @negative
  Scenario: No evaluation yet
    Given a tender in evaluation with a bid and its evidence
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/procurements/{procurementId}/lots/{lotId}/evaluations/latest"
    Then the response status is 404
    And the response is a problem with code "EVALUATION_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The buyer awards the top-ranked bid
    Given an evaluated tender
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/procurements/{procurementId}/lots/{lotId}/award" with the JSON body:
      """
      { "evaluationId": "{evaluationId}", "bidId": "{bidId}" }
      """
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "bidId" is "{bidId}"

  @negative
  Scenario: An awarded tender is not awarded again
    Given an awarded tender
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/procurements/{procurementId}/lots/{lotId}/award" with the JSON body:
      """
      { "evaluationId": "{evaluationId}", "bidId": "{bidId}" }
      """
    Then the response status is 409
    And the response is a problem with code "PROCUREMENT_NOT_IN_EVALUATION"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The buyer signs the contract of an award
    Given an awarded tender
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/awards/{awardId}/contract" with the contract's example body
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "awardId" is "{awardId}"
    And the response field "signedOn" is "2027-02-01"

  @negative
  Scenario: An award has one contract
    Given a signed contract
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/awards/{awardId}/contract" with the contract's example body
    Then the response status is 409
    And the response is a problem with code "CONTRACT_EXISTS"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A contract with its performance clauses
    Given a signed contract
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/contracts/{contractId}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "clauses.0.id" is "{clauseId}"

  @negative
  Scenario: A contract that does not exist
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/contracts/00000000-0000-4000-8000-000000000000"
    Then the response status is 404
    And the response is a problem with code "CONTRACT_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The supplier reports on a performance clause
    Given a signed contract
    And the client holds a token of the bidding supplier
    When the client sends a POST request to "/api/v1/contracts/{contractId}/clauses/{clauseId}/reports" with a performance report on the clause
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "figures.unitsCollected" is "80"
    And the response field "periodEnd" is "2027-12-31"

  @negative
  Scenario: A report on a clause the contract does not have
    Given a signed contract
    And the client holds a token of the bidding supplier
    When the client sends a POST request to "/api/v1/contracts/{contractId}/clauses/00000000-0000-4000-8000-000000000000/reports" with a performance report on the clause
    Then the response status is 404
    And the response is a problem with code "CLAUSE_NOT_FOUND"
    And the response matches the OpenAPI contract
