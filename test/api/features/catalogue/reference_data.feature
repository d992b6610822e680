Feature: Reference data of the catalogue
  Product categories, evidence types and code lists are public reads; a malformed caller header
  from the mediator is refused before anything is read.

  @positive
  Scenario: The product categories
    When the client sends a GET request to "/api/v1/product-categories"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list includes an item with "code" "notebooks"

  @negative
  Scenario: The product categories asked with a malformed mediator caller header
    When the client sends a GET request to "/api/v1/product-categories" with header "Information-Mediator-Client" set to "not an x-road id"
    Then the response status is 400
    And the response is a problem with code "INVALID_MEDIATOR_CLIENT"
    And the response matches the OpenAPI contract

  @positive
  Scenario: One product category
    When the client sends a GET request to "/api/v1/product-categories/notebooks"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "code" is "notebooks"

  @negative
  Scenario: A product category that does not exist
    When the client sends a GET request to "/api/v1/product-categories/typewriters"
    Then the response status is 404
    And the response is a problem with code "PRODUCT_CATEGORY_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The evidence types
    When the client sends a GET request to "/api/v1/evidence-types"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list includes an item with "code" "type1EcolabelCertificate"

  @negative
  Scenario: The evidence types asked with a malformed mediator caller header
    When the client sends a GET request to "/api/v1/evidence-types" with header "Information-Mediator-Client" set to "SANDBOX/GOV"
    Then the response status is 400
    And the response is a problem with code "INVALID_MEDIATOR_CLIENT"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The code lists
    When the client sends a GET request to "/api/v1/code-lists"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list includes an item with "id" "criterionType"

  @negative
  Scenario: The code lists asked with a malformed mediator caller header
    When the client sends a GET request to "/api/v1/code-lists" with header "Information-Mediator-Client" set to "a/b"
    Then the response status is 400
    And the response is a problem with code "INVALID_MEDIATOR_CLIENT"
    And the response matches the OpenAPI contract

  @positive
  Scenario: One code list
    When the client sends a GET request to "/api/v1/code-lists/ambitionLevel"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "ambitionLevel"
    And the response field "codes" is not empty

  @negative
  Scenario: A code list that does not exist
    When the client sends a GET request to "/api/v1/code-lists/colours"
    Then the response status is 400
    And the response is a problem with code "VALIDATION_FAILED"
    And the problem names the field "params/codeListId"
    And the response matches the OpenAPI contract
