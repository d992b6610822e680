Feature: Tenders: create, read, move through their statuses, assign evaluators
  A buyer creates a tender on a published criteria-set version (the service keeps a snapshot),
  opens it, moves it to evaluation and assigns evaluators.

  @positive
  Scenario: A buyer creates a tender on a published criteria set
    Given a published criteria set of the catalogue
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/procurements" with the contract's example body changed:
      | title       | Notebooks {unique}                           |
      | criteriaSet | { "id": "{setId}", "version": {setVersion} } |
      | criteria    | [{ "criterionId": "EU-GPP-2021-CMTS.TS5", "parameters": { "TS5.method": "NIST SP 800-88 purge" } }] |
      | weighting   | { "priceWeight": 100, "qualityWeight": 0, "minimumQualityScore": null } |
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "status" is "draft"
    And the response field "criteriaSet.id" is "{setId}"
    And the response field "evaluationCriteria.technicalSpecifications" is not empty

  @negative
  Scenario: A criteria set version the catalogue does not have
    Given the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/procurements" with the contract's example body changed:
      | criteriaSet | { "id": "notebooks-core", "version": 999 } |
    Then the response status is 404
    And the response is a problem with code "CRITERIA_SET_VERSION_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A buyer lists its tenders
    Given a draft tender
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/procurements?status=draft&limit=100"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And every item has "status" including "draft"

  @positive
  Scenario: One tender
    Given a draft tender
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/procurements/{procurementId}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "{procurementId}"
    And the response header "etag" is "{procurementEtag}"

  @negative
  Scenario: A tender of another organisation is not found
    Given a draft tender
    And the client holds a token with the role "buyer" for organisation "ORG-OTHER-{unique}"
    When the client sends a GET request to "/api/v1/procurements/{procurementId}"
    Then the response status is 404
    And the response is a problem with code "PROCUREMENT_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A buyer opens a draft tender
    Given a draft tender
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/procurements/{procurementId}/status" with header "If-Match" set to "{procurementEtag}" and the JSON body:
      """
      { "status": "open" }
      """
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "status" is "open"

  @negative
  Scenario: A draft cannot be awarded straight away
    Given a draft tender
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/procurements/{procurementId}/status" with header "If-Match" set to "{procurementEtag}" and the JSON body:
      """
      { "status": "awarded" }
      """
    Then the response status is 409
    And the response is a problem with code "INVALID_STATUS_TRANSITION"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A buyer assigns an evaluator
    Given a draft tender
    And the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/procurements/{procurementId}/evaluators" with the JSON body:
      """
      { "subject": "evaluator-{unique}" }
      """
    Then the response status is 200
    And the response matches the OpenAPI contract

  @negative
  Scenario: An evaluator may not assign evaluators
    Given a draft tender
    And the client holds a token with the role "evaluator"
    When the client sends a POST request to "/api/v1/procurements/{procurementId}/evaluators" with the JSON body:
      """
      { "subject": "evaluator-{unique}" }
      """
    Then the response status is 403
    And the response is a problem with code "FORBIDDEN"
    And the response matches the OpenAPI contract
