Feature: Audit trail and probes of the reporting service
  Auditors read every change; the probes refuse a malformed mediator caller header like any route.

  @positive
  Scenario: An auditor reads the audit trail
    Given a KPI target of the buyer
    And the client holds a token with the role "auditor"
    When the client sends a GET request to "/api/v1/audit-events?limit=100"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list has at least 1 item

  @negative
  Scenario: A buyer is not an auditor
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/audit-events"
    Then the response status is 403
    And the response is a problem with code "FORBIDDEN"
    And the response matches the OpenAPI contract

  @negative
  Scenario Outline: <probe> with a malformed mediator caller header
    When the client sends a GET request to "<probe>" with header "Information-Mediator-Client" set to "not an x-road id"
    Then the response status is 400
    And the response is a problem with code "INVALID_MEDIATOR_CLIENT"
    And the response matches the OpenAPI contract

    Examples:
      | probe         |
      | /healthcheck  |
      | /health/live  |
      | /health/ready |
