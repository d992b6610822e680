@method=GET
Feature: The assessment API answers only signed-in callers
  Bids, procurements and suppliers are not public: without a valid bearer token every endpoint
  answers 401 problem+json, and with the wrong role 403.

  @smoke @negative
  Scenario Outline: <path> without a token
    Given the client holds no token
    When the client sends a GET request to "<path>"
    Then the response status is 401
    And the response is a problem with code "UNAUTHENTICATED"
    And the response header "www-authenticate" contains "Bearer"
    And the response matches the OpenAPI contract

    Examples:
      | path                   |
      | /api/v1/procurements   |
      | /api/v1/suppliers      |
      | /api/v1/events         |
      | /api/v1/webhooks       |
      | /api/v1/audit-events   |

  @negative
  Scenario: A token that is not one the service can verify
    When the client sends a GET request to "/api/v1/procurements" with header "Authorization" set to "Bearer not.a.token"
    Then the response status is 401
    And the response is a problem with code "UNAUTHENTICATED"
    And the response matches the OpenAPI contract

  @negative
  Scenario: A role without access to the audit trail
    Given the client holds a token with the role "buyer" for organisation "ORG-API-TEST"
    When the client sends a GET request to "/api/v1/audit-events"
    Then the response status is 403
    And the response is a problem with code "FORBIDDEN"
    And the response matches the OpenAPI contract
