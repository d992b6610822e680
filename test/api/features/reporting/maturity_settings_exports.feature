Feature: Maturity self-assessment, buyer settings, read model, OCDS and the dashboard

  @positive
  Scenario: The maturity questionnaire
    When the client sends a GET request to "/api/v1/maturity/questionnaire"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "circular-ict-procurement-self-assessment"

  @negative
  Scenario: The questionnaire asked with a malformed mediator caller header
    When the client sends a GET request to "/api/v1/maturity/questionnaire" with header "Information-Mediator-Client" set to "SANDBOX"
    Then the response status is 400
    And the response is a problem with code "INVALID_MEDIATOR_CLIENT"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A buyer submits a self-assessment
    Given the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/buyers/{buyer}/maturity-assessments" with the contract's example body
    Then the response status is 201
    And the response matches the OpenAPI contract
    And the response field "buyerId" is "{buyer}"

  @negative
  Scenario: An answer to a question the questionnaire does not have
    Given the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/buyers/{buyer}/maturity-assessments" with the JSON body:
      """
      { "answers": [{ "itemId": "Z9.9", "value": 2 }] }
      """
    Then the response status is 422
    And the response is a problem with code "INVALID_MATURITY_ANSWERS"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The buyer's self-assessments
    Given a maturity self-assessment of the buyer
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/buyers/{buyer}/maturity-assessments"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list includes an item with "id" "{assessmentId}"

  @negative
  Scenario: Another organisation's self-assessments
    Given the client holds a token with the role "buyer" for organisation "ORG-OTHER-{unique}"
    When the client sends a GET request to "/api/v1/buyers/{buyer}/maturity-assessments"
    Then the response status is 403
    And the response is a problem with code "FORBIDDEN"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The latest self-assessment
    Given a maturity self-assessment of the buyer
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/buyers/{buyer}/maturity-assessments/latest"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "buyerId" is "{buyer}"

  @negative
  Scenario: The latest self-assessment of a buyer reporting does not know
    Given the client holds a token with the role "buyer" for organisation "ORG-NEW-{unique}"
    When the client sends a GET request to "/api/v1/buyers/ORG-NEW-{unique}/maturity-assessments/latest"
    Then the response status is 404
    And the response is a problem with code "BUYER_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A buyer's settings, the defaults when never saved
    Given the client holds a token with the role "buyer" for organisation "ORG-NEW-{unique}"
    When the client sends a GET request to "/api/v1/buyers/ORG-NEW-{unique}/settings"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "publicDashboard" is "false"

  @negative
  Scenario: Another organisation's settings
    Given the client holds a token with the role "buyer" for organisation "ORG-OTHER-{unique}"
    When the client sends a GET request to "/api/v1/buyers/{buyer}/settings"
    Then the response status is 403
    And the response is a problem with code "FORBIDDEN"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A buyer names itself, with the ETag of what it read
    Given the client holds a token with the role "buyer" for organisation "ORG-NEW-{unique}"
    When the client sends a GET request to "/api/v1/buyers/ORG-NEW-{unique}/settings"
    And the client remembers the response header "etag" as "settingsEtag"
    And the client sends a PUT request to "/api/v1/buyers/ORG-NEW-{unique}/settings" with header "If-Match" set to "{settingsEtag}" and the JSON body:
      """
      { "publicDashboard": false, "displayName": "New ministry {unique}" }
      """
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "displayName" is "New ministry {unique}"

  @negative
  Scenario: Settings saved without If-Match
    Given the client holds a token with the role "buyer" for organisation "ORG-NEW-{unique}"
    When the client sends a PUT request to "/api/v1/buyers/ORG-NEW-{unique}/settings" with the JSON body:
      """
      { "publicDashboard": true, "displayName": null }
      """
    Then the response status is 428
    And the response is a problem with code "PRECONDITION_REQUIRED"
    And the response matches the OpenAPI contract

  @positive
  Scenario: How fresh the read model is
    When the client sends a GET request to "/api/v1/read-model/status"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "feeds" is not empty

  @negative
  Scenario: The read model status asked with a malformed mediator caller header
    When the client sends a GET request to "/api/v1/read-model/status" with header "Information-Mediator-Client" set to "x"
    Then the response status is 400
    And the response is a problem with code "INVALID_MEDIATOR_CLIENT"
    And the response matches the OpenAPI contract

  @positive
  Scenario: An auditor rebuilds the read model from the feeds
    Given the client holds a token with the role "auditor"
    When the client sends a POST request to "/api/v1/read-model/rebuild"
    Then the response status is 202
    And the response matches the OpenAPI contract

  @negative
  Scenario: A buyer may not rebuild the read model
    Given the client holds a token of the buyer
    When the client sends a POST request to "/api/v1/read-model/rebuild"
    Then the response status is 403
    And the response is a problem with code "FORBIDDEN"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A tender as an OCDS release package
    Given an awarded tender
    And reporting has read the tender
    And the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/ocds/release-packages?procurementId={procurementId}"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "version" is "1.1"
    And the response field "releases.0.tender.id" is not empty

  @negative
  Scenario: A tender reporting does not know
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/ocds/release-packages?procurementId=00000000-0000-4000-8000-000000000000"
    Then the response status is 404
    And the response is a problem with code "PROCUREMENT_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The buyer's dashboard
    Given the client holds a token of the buyer
    When the client sends a GET request to "/dashboard/{buyer}"
    Then the response status is 200
    And the response header "content-type" contains "text/html"
    And the body contains "<title>Circular ICT procurement: {buyer}</title>"

  @negative
  Scenario: A private buyer's dashboard, asked without a token
    Given the client holds no token
    When the client sends a GET request to "/dashboard/ORG-PRIVATE-{unique}"
    Then the response status is 404
