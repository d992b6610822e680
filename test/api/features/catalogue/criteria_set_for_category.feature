@method=GET @endpoint=/api/v1/product-categories/{productCategory}/criteria-sets/{ambitionLevel}
Feature: The criteria set for a product category and ambition level
  "Notebooks, comprehensive": the published set with every criterion resolved.

  @smoke @positive
  Scenario: Notebooks at the comprehensive level
    When the client sends a GET request to "/api/v1/product-categories/notebooks/criteria-sets/comprehensive"
    Then the response status is 200
    And the response header "content-type" contains "application/json"
    And the response matches the OpenAPI contract
    And the response field "id" is "notebooks-comprehensive"

  @negative
  Scenario: An ambition level that does not exist
    When the client sends a GET request to "/api/v1/product-categories/notebooks/criteria-sets/ultimate"
    Then the response status is 400
    And the response is a problem with code "VALIDATION_FAILED"
    And the problem names the field "params/ambitionLevel"
    And the response matches the OpenAPI contract

  @negative
  Scenario: A category without a set
    When the client sends a GET request to "/api/v1/product-categories/toasters/criteria-sets/core"
    Then the response status is 404
    And the response is a problem with code "CRITERIA_SET_NOT_FOUND"
    And the response matches the OpenAPI contract
