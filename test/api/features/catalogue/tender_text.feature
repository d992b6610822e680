@method=GET @endpoint=/api/v1/criteria-sets/{setId}/versions/{version}/tender-text
Feature: Tender text of a criteria set version
  Ready-to-paste tender wording in HTML or Markdown, in the language asked for.

  @smoke @positive
  Scenario: HTML by default
    When the client sends a GET request to "/api/v1/criteria-sets/notebooks-core/versions/1/tender-text"
    Then the response status is 200
    And the response header "content-type" contains "text/html"
    And the response matches the OpenAPI contract
    And the body contains "<!doctype html>"

  @positive
  Scenario: Markdown in French
    When the client sends a GET request to "/api/v1/criteria-sets/notebooks-core/versions/1/tender-text?format=markdown" with header "Accept-Language" set to "fr"
    Then the response status is 200
    And the response header "content-type" contains "text/markdown"
    And the response header "content-language" contains "fr"
    And the response matches the OpenAPI contract
    And the body contains "# Ordinateurs portables"

  @negative
  Scenario: A format the service does not produce
    When the client sends a GET request to "/api/v1/criteria-sets/notebooks-core/versions/1/tender-text?format=pdf"
    Then the response status is 400
    And the response is a problem with code "VALIDATION_FAILED"
    And the problem names the field "querystring/format"
    And the response matches the OpenAPI contract

  @negative
  Scenario: A criteria set that does not exist
    When the client sends a GET request to "/api/v1/criteria-sets/nothing-here/versions/1/tender-text"
    Then the response status is 404
    And the response is a problem with code "CRITERIA_SET_NOT_FOUND"
    And the response matches the OpenAPI contract
