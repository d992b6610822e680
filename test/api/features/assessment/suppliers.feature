@method=POST @endpoint=/api/v1/suppliers
Feature: Register a supplier
  Buyers and evaluators register suppliers; a bad body is refused with every failing field named,
  and nothing is created.

  @negative
  Scenario: A body that breaks the schema in several places
    Given the client holds a token with the role "buyer" for organisation "ORG-API-TEST"
    When the client sends a POST request to "/api/v1/suppliers" with the JSON body:
      """
      { "name": "", "country": "Narnia", "identifiers": [], "contacts": [], "colour": "green" }
      """
    Then the response status is 400
    And the response is a problem with code "VALIDATION_FAILED"
    And the problem names the field "body/name"
    And the problem names the field "body/country"
    And the problem names the field "body/identifiers"
    And the problem names the field "body/colour"
    And the response matches the OpenAPI contract

  @negative
  Scenario: A role that may not register suppliers
    Given the client holds a token with the role "auditor"
    When the client sends a POST request to "/api/v1/suppliers" with the JSON body:
      """
      { "name": "Circular IT Ltd", "country": "MT", "identifiers": [{ "scheme": "MT-VAT", "id": "MT12345678" }], "contacts": [] }
      """
    Then the response status is 403
    And the response is a problem with code "FORBIDDEN"
    And the response matches the OpenAPI contract
