@method=GET @endpoint=/api/v1/criteria
Feature: Search the criteria library
  Public reads: any system may search the published circularity criteria by product category,
  type, aspect, ambition level or free text, a page at a time.

  @smoke @positive
  Scenario: The first page of published criteria
    When the client sends a GET request to "/api/v1/criteria"
    Then the response status is 200
    And the response arrives within 15000 ms
    And the response header "content-type" contains "application/json"
    And the response matches the OpenAPI contract
    And the list has at least 1 item

  @positive
  Scenario: Award criteria for smartphones
    When the client sends a GET request to "/api/v1/criteria?productCategory=smartphones&type=awardCriterion"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list has at least 1 item
    And every item has "content.productCategories" including "smartphones"
    And every item has "content.type" including "awardCriterion"

  @positive
  Scenario: Free-text search
    When the client sends a GET request to "/api/v1/criteria?q=spare%20parts"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list has at least 1 item

  @positive
  Scenario: One item per page, then the next page
    When the client sends a GET request to "/api/v1/criteria?limit=1"
    Then the response status is 200
    And the list has exactly 1 item
    When the client asks for the next page
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list has exactly 1 item

  @negative
  Scenario: A page size out of range is refused, naming the parameter
    When the client sends a GET request to "/api/v1/criteria?limit=0"
    Then the response status is 400
    And the response is a problem with code "VALIDATION_FAILED"
    And the problem names the field "querystring/limit"
    And the response matches the OpenAPI contract

  @negative
  Scenario: An unknown parameter is refused, not ignored
    When the client sends a GET request to "/api/v1/criteria?colour=green"
    Then the response status is 400
    And the response is a problem with code "VALIDATION_FAILED"
    And the problem names the field "querystring/colour"
    And the response matches the OpenAPI contract
