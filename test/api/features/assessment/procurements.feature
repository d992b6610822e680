@method=GET @endpoint=/api/v1/procurements
Feature: List procurements
  Auditors see every procurement; buyers their organisation's; evaluators those assigned to them.

  @smoke @positive
  Scenario: An auditor lists procurements
    Given the client holds a token with the role "auditor"
    When the client sends a GET request to "/api/v1/procurements"
    Then the response status is 200
    And the response arrives within 15000 ms
    And the response header "content-type" contains "application/json"
    And the response matches the OpenAPI contract

  @negative
  Scenario: A page size over the maximum
    Given the client holds a token with the role "auditor"
    When the client sends a GET request to "/api/v1/procurements?limit=500"
    Then the response status is 400
    And the response is a problem with code "VALIDATION_FAILED"
    And the problem names the field "querystring/limit"
    And the response matches the OpenAPI contract

  @negative
  Scenario: A status that does not exist
    Given the client holds a token with the role "auditor"
    When the client sends a GET request to "/api/v1/procurements?status=bogus"
    Then the response status is 400
    And the response is a problem with code "VALIDATION_FAILED"
    And the problem names the field "querystring/status"
    And the response matches the OpenAPI contract
