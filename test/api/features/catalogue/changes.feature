@method=GET @endpoint=/api/v1/changes
Feature: Feed of catalogue changes
  Every publication and deprecation, oldest first, with a cursor to resume from.

  @smoke @positive
  Scenario: The feed starts with the seeded publications
    When the client sends a GET request to "/api/v1/changes"
    Then the response status is 200
    And the response header "content-type" contains "application/json"
    And the response matches the OpenAPI contract
    And the list has at least 1 item

  @positive
  Scenario: Resuming from a cursor
    When the client sends a GET request to "/api/v1/changes?limit=2"
    Then the list has exactly 2 items
    When the client asks for the next page
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list has exactly 2 items

  @negative
  Scenario: A cursor the service never issued
    When the client sends a GET request to "/api/v1/changes?cursor=garbage"
    Then the response status is 400
    And the response is a problem with code "INVALID_CURSOR"
    And the response matches the OpenAPI contract
