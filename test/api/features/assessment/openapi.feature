@method=GET @endpoint=/api/v1/openapi.json
Feature: The assessment service's OpenAPI contract
  X-Road registers a REST service from this URL; it must be OpenAPI 3.0 and match the published file.

  @smoke @positive
  Scenario: The served contract is the published one
    When the client sends a GET request to "/api/v1/openapi.json"
    Then the response status is 200
    And the response header "content-type" contains "application/json"
    And the contract served is the published openapi file, OpenAPI 3.0.3

  @positive
  Scenario: Interactive documentation is served beside it
    When the client sends a GET request to "/docs/"
    Then the response status is 200
    And the response header "content-type" contains "text/html"
