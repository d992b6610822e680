Feature: KPIs
  The KPI catalogue is public; a buyer reads its own values, as JSON, CSV or a series over time.

  @positive
  Scenario: The KPI catalogue
    When the client sends a GET request to "/api/v1/kpis"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the list includes an item with "id" "K01"
    And the list includes an item with "id" "K20"
    And the list includes an item with "id" "K21"

  @negative
  Scenario: The KPI catalogue asked with a malformed mediator caller header
    When the client sends a GET request to "/api/v1/kpis" with header "Information-Mediator-Client" set to "not an x-road id"
    Then the response status is 400
    And the response is a problem with code "INVALID_MEDIATOR_CLIENT"
    And the response matches the OpenAPI contract

  @positive
  Scenario: One KPI with its formula
    When the client sends a GET request to "/api/v1/kpis/K05"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "id" is "K05"
    And the response field "formula" is not empty

  @negative
  Scenario: A KPI that does not exist
    When the client sends a GET request to "/api/v1/kpis/K99"
    Then the response status is 404
    And the response is a problem with code "KPI_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A buyer reads its KPI values
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/kpis/values"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "filter.buyer" is "{buyer}"
    And the response field "values" is not empty

  @negative
  Scenario: A period that ends before it starts
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/kpis/values?from=2027-01-01&to=2026-01-01"
    Then the response status is 400
    And the response is a problem with code "INVALID_PERIOD"
    And the response matches the OpenAPI contract

  @positive
  Scenario: The KPI values as CSV
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/kpis/values.csv"
    Then the response status is 200
    And the response header "content-type" contains "text/csv"
    And the body contains "kpiId,dimension,name,value,unit,numerator,denominator"

  @negative
  Scenario: The private figures of a buyer, asked without a token
    Given the client holds no token
    When the client sends a GET request to "/api/v1/kpis/values.csv?buyer=ORG-PRIVATE-{unique}"
    Then the response status is 404
    And the response is a problem with code "BUYER_NOT_FOUND"
    And the response matches the OpenAPI contract

  @positive
  Scenario: A KPI over time, per quarter
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/kpis/K01/series?from=2026-01-01&to=2027-01-01"
    Then the response status is 200
    And the response matches the OpenAPI contract
    And the response field "kpiId" is "K01"
    And the response field "interval" is "quarter"

  @negative
  Scenario: The series of a KPI that does not exist
    Given the client holds a token of the buyer
    When the client sends a GET request to "/api/v1/kpis/K99/series"
    Then the response status is 404
    And the response is a problem with code "KPI_NOT_FOUND"
    And the response matches the OpenAPI contract
