// Decides each case of cases.jsonl the way goss's semver-constraint and gjson matchers do, with the libraries goss
// builds with (blang/semver v4, tidwall/gjson), and writes expected.jsonl. The C# tests compare the harness's
// matchers with these answers, so they need no Go. Run: generate.sh
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/blang/semver"
	"github.com/tidwall/gjson"
)

type testCase struct {
	Matcher string      `json:"matcher"`
	Arg     string      `json:"arg"`
	Actual  interface{} `json:"actual"`
}

type answer struct {
	Matcher string      `json:"matcher"`
	Arg     string      `json:"arg"`
	Actual  interface{} `json:"actual"`
	Result  interface{} `json:"result"`
}

// semverMatch is goss's BeSemverConstraintMatcher.Match: a range, then one version or a list, all in the range.
func semverMatch(constraint string, actual interface{}) interface{} {
	r, err := semver.ParseRange(constraint)
	if err != nil {
		return "invalid constraint"
	}
	var versions []semver.Version
	switch a := actual.(type) {
	case string:
		v, err := semver.Parse(a)
		if err != nil {
			return "invalid version"
		}
		versions = append(versions, v)
	case []interface{}:
		for _, e := range a {
			s, ok := e.(string)
			if !ok {
				return "invalid version"
			}
			v, err := semver.Parse(s)
			if err != nil {
				return "invalid version"
			}
			versions = append(versions, v)
		}
	}
	if len(versions) == 0 {
		return "invalid version"
	}
	for _, v := range versions {
		if !r(v) {
			return false
		}
	}
	return true
}

// gjsonValue is goss's Gjson transform: valid JSON, a path that exists, and the value found there.
func gjsonValue(path string, actual interface{}) interface{} {
	s, ok := actual.(string)
	if !ok || !gjson.Valid(s) {
		return map[string]interface{}{"error": "invalid json"}
	}
	r := gjson.Get(s, path)
	if !r.Exists() {
		return map[string]interface{}{"error": "path not found"}
	}
	return map[string]interface{}{"value": r.Value()}
}

func main() {
	in, err := os.Open("cases.jsonl")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer in.Close()
	scanner := bufio.NewScanner(in)
	out := json.NewEncoder(os.Stdout)
	out.SetEscapeHTML(false)
	for scanner.Scan() {
		var c testCase
		if err := json.Unmarshal(scanner.Bytes(), &c); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		a := answer{Matcher: c.Matcher, Arg: c.Arg, Actual: c.Actual}
		if c.Matcher == "semver-constraint" {
			a.Result = semverMatch(c.Arg, c.Actual)
		} else {
			a.Result = gjsonValue(c.Arg, c.Actual)
		}
		if err := out.Encode(a); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
