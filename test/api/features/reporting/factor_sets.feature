Feature: The factor library
  The CO2e and energy factor sets life-cycle figures are computed with, public and versioned.

  @positive
  Scenario: The factor sets
    When the client sends a GET request to "/api/v1/factor-sets"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list includes an item with "id" "ademe-boavizta"

  @negative
  Scenario: The factor sets asked with a malformed mediator caller header
    When the client sends a GET request to "/api/v1/factor-sets" with header "Information-Mediator-Client" set to "not an x-road id"
    Then the response status is 400
    And the response is a problem with code "INVALID_MEDIATOR_CLIENT"
    And the response matches the OpenAPI contract

  @positive
  Scenario: One factor set with its values and sources
    When the client sends a GET request to "/api/v1/factor-sets/ademe-boavizta"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "ademe-boavizta"
    And the response field "version" is not empty

  @negative
  Scenario: A factor set the library does not have
    When the client sends a GET request to "/api/v1/factor-sets/no-such-set"
    Then the response status is 404
    And the response is a problem with code "FACTOR_SET_NOT_FOUND"
    And the response matches the OpenAPI contract
