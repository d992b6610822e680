Feature: Errors and caller headers of the catalogue
  Every error is RFC 9457 problem+json with a stable code and the correlation id, which X-Road
  passes back to the consumer unchanged.

  @negative
  Scenario: An unknown route
    When the client sends a GET request to "/api/v1/nothing-here"
    Then the response status is 404
    And the response is a problem with code "ROUTE_NOT_FOUND"

  @method=DELETE @endpoint=/api/v1/criteria @negative
  Scenario: A method the endpoint does not answer to
    When the client sends a DELETE request to "/api/v1/criteria"
    Then the response status is 405
    And the response is a problem with code "METHOD_NOT_ALLOWED"
    And the response header "allow" contains "GET"

  @method=POST @endpoint=/api/v1/criteria @negative
  Scenario: A write without a token
    Given the client holds no token
    When the client sends a POST request to "/api/v1/criteria" with the JSON body:
      """
      {}
      """
    Then the response status is 401
    And the response is a problem with code "UNAUTHENTICATED"
    And the response header "www-authenticate" contains "Bearer"
    And the response matches the OpenAPI contract

  @method=GET @endpoint=/api/v1/criteria @negative
  Scenario: A malformed mediator caller header
    When the client sends a GET request to "/api/v1/criteria" with header "Information-Mediator-Client" set to "not an x-road id"
    Then the response status is 400
    And the response is a problem with code "INVALID_MEDIATOR_CLIENT"
    And the response matches the OpenAPI contract

  @method=GET @endpoint=/api/v1/criteria @positive
  Scenario: The caller's correlation id is echoed
    When the client sends a GET request to "/api/v1/criteria?limit=1" with header "X-Correlation-ID" set to "govstack-harness-1"
    Then the response status is 200
    And the response header "x-correlation-id" is "govstack-harness-1"
