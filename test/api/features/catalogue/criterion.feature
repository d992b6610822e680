@method=GET @endpoint=/api/v1/criteria/{criterionId}
Feature: Read one criterion
  A criterion's current published version, by its source-qualified id.

  @smoke @positive
  Scenario: A seeded criterion
    When the client sends a GET request to "/api/v1/criteria/DPG-GOVSTACK.DPG1"
    Then the response status is 200
    And the response header "content-type" contains "application/json"
    And the response matches the OpenAPI contract
    And the response field "id" is "DPG-GOVSTACK.DPG1"
    And the response field "status" is "published"

  @negative
  Scenario: An unknown criterion
    When the client sends a GET request to "/api/v1/criteria/EU-GPP-2021-CMTS.NOPE"
    Then the response status is 404
    And the response is a problem with code "CRITERION_NOT_FOUND"
    And the response matches the OpenAPI contract

  @negative
  Scenario: A malformed id
    When the client sends a GET request to "/api/v1/criteria/not-an-id"
    Then the response status is 400
    And the response is a problem with code "VALIDATION_FAILED"
    And the problem names the field "params/criterionId"
    And the response matches the OpenAPI contract
