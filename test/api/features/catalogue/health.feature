@method=GET
Feature: Health of the criteria catalogue
  The GovStack test harness waits on /healthcheck; Kubernetes probes /health/live and /health/ready.

  @endpoint=/healthcheck @smoke @positive
  Scenario: The harness probe answers while the process is up
    When the client sends a GET request to "/healthcheck"
    Then the response status is 200
    And the response arrives within 15000 ms
    And the response header "content-type" contains "application/json"
    And the response matches the OpenAPI contract
    And the response field "status" is "ok"

  @endpoint=/health/live @positive
  Scenario: The liveness probe answers
    When the client sends a GET request to "/health/live"
    Then the response status is 200
    And the response matches the OpenAPI contract

  @endpoint=/health/ready @positive
  Scenario: The readiness probe reports the database reachable
    When the client sends a GET request to "/health/ready"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "checks.database" is "ok"
