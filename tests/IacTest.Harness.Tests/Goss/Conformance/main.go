// Renders each template of cases.jsonl with Go's text/template, Sprig and goss's own functions over vars.json and a
// fixed environment, as goss renders a goss file; writes expected.jsonl. The C# tests compare the harness's template
// engine with these outputs, so they need no Go. Run: go run . > expected.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig"
)

type result struct {
	Template string  `json:"template"`
	Output   *string `json:"output,omitempty"`
	Error    *string `json:"error,omitempty"`
}

// whole turns JSON's float64 whole numbers into int, as goss's YAML vars hold them.
func whole(v interface{}) interface{} {
	switch t := v.(type) {
	case float64:
		if t == float64(int(t)) {
			return int(t)
		}
		return t
	case []interface{}:
		for i := range t {
			t[i] = whole(t[i])
		}
		return t
	case map[string]interface{}:
		for k := range t {
			t[k] = whole(t[k])
		}
		return t
	}
	return v
}

func main() {
	raw, err := os.ReadFile("vars.json")
	if err != nil {
		panic(err)
	}
	var vars map[string]interface{}
	if err := json.Unmarshal(raw, &vars); err != nil {
		panic(err)
	}
	whole(vars)
	env := map[string]string{"OS": "debian", "HOME": "/root", "EMPTY": ""}

	// goss's own functions take precedence over Sprig's of the same name.
	funcs := sprig.TxtFuncMap()
	funcs["mkSlice"] = func(args ...interface{}) []interface{} { return args }
	funcs["getEnv"] = func(key string, def ...string) string {
		if v := env[key]; v != "" {
			return v
		}
		if len(def) > 0 {
			return def[0]
		}
		return ""
	}
	funcs["regexMatch"] = func(re, s string) (bool, error) { return regexp.MatchString(re, s) }
	funcs["toUpper"] = strings.ToUpper
	funcs["toLower"] = strings.ToLower
	funcs["findStringSubmatch"] = func(re, s string) map[string]interface{} {
		r := regexp.MustCompile(re)
		m := r.FindStringSubmatch(s)
		out := map[string]interface{}{}
		named := false
		for i, name := range r.SubexpNames() {
			if name != "" && i < len(m) {
				out[name] = m[i]
				named = true
			}
		}
		if !named {
			for i := 1; i < len(m); i++ {
				out[fmt.Sprint(i)] = m[i]
			}
		}
		return out
	}

	// Every function name a goss template can call, for the test that each is implemented or named as unsupported.
	names := make([]string, 0, len(funcs))
	for name := range funcs {
		names = append(names, name)
	}
	sort.Strings(names)
	if err := os.WriteFile("functions.txt", []byte(strings.Join(names, "\n")+"\n"), 0o644); err != nil {
		panic(err)
	}

	cases, err := os.Open("cases.jsonl")
	if err != nil {
		panic(err)
	}
	scanner := bufio.NewScanner(cases)
	encoder := json.NewEncoder(os.Stdout)
	encoder.SetEscapeHTML(false)
	for scanner.Scan() {
		var text string
		if err := json.Unmarshal(scanner.Bytes(), &text); err != nil {
			panic(err)
		}
		r := result{Template: text}
		t, err := template.New("goss").Funcs(funcs).Parse(text)
		if err == nil {
			t.Option("missingkey=error") // as goss does

			var b strings.Builder
			err = t.Execute(&b, map[string]interface{}{"Vars": vars, "Env": env})
			if err == nil {
				out := b.String()
				r.Output = &out
			}
		}
		if err != nil {
			msg := err.Error()
			r.Error = &msg
		}
		if err := encoder.Encode(r); err != nil {
			panic(err)
		}
	}
}
