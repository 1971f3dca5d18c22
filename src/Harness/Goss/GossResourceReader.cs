using System.Globalization;
using IacTest.Harness.Checks;
using IacTest.Lint.Yaml;

namespace IacTest.Harness.Goss;

/// <summary>
/// Reads one resource of a rendered goss file. A problem with one attribute (unknown name, bad value, a template
/// left in it) is reported at its position and only that attribute is left out: the rest of the resource still runs.
/// </summary>
internal sealed class GossResourceReader
{
    private readonly string _file;
    private readonly RetryPolicy _retry;
    private readonly Action<YNode, string> _report;
    private readonly IReadOnlySet<string> _failedActions;
    private readonly GossMatcherParser _matchers;
    private int _reported;

    public GossResourceReader(string file, RetryPolicy retry, Action<YNode, string> report, IReadOnlySet<string> failedActions, Func<int, int> sourceLine)
    {
        SourceLine = sourceLine;
        _file = file;
        _retry = retry;
        _failedActions = failedActions;
        _report = (node, message) =>
        {
            _reported++;
            report(node, message);
        };
        _matchers = new GossMatcherParser(_report);
    }

    /// <summary>The line of the goss file a line of the rendered text came from.</summary>
    public Func<int, int> SourceLine { get; }

    public GossResource? Read(string type, GossResourceType spec, YPair entry)
    {
        var key = entry.KeyText;
        if (string.IsNullOrEmpty(key))
        {
            _report(entry.Key, $"{type}: the resource name must be a non-empty text");
            return null;
        }

        if (HoldsTemplate(entry.Key, $"{type}: the resource name"))
        {
            return null;
        }

        if (GossMatcherParser.Resolve(entry.Value) is not YMapping attributes)
        {
            _report(entry.Value, $"{type} {key}: expected a mapping of attributes");
            return null;
        }

        var reportedBefore = _reported;
        var expectations = new List<KeyValuePair<string, Matcher>>();
        var options = new Dictionary<string, YNode>(StringComparer.Ordinal);
        string? title = null;
        var id = key;
        var skip = false;
        foreach (var attribute in attributes.Pairs)
        {
            var name = attribute.KeyText ?? "";
            var known = GossResourceType.Common.Contains(name) || spec.Options.Contains(name) || spec.Attributes.Contains(name) || name == spec.IdAttribute;
            if (!known)
            {
                _report(attribute.Key, $"{type} {key}: unknown attribute '{name}' (known: {string.Join(", ", spec.Known)})");
                continue;
            }

            if (HoldsTemplate(attribute.Value, $"{type} {key}: {name}"))
            {
                continue;
            }

            var value = GossMatcherParser.Resolve(attribute.Value);
            switch (name)
            {
                case "title":
                    title = (value as YScalar)?.Value;
                    break;
                case "skip":
                    skip = (value as YScalar)?.Value is "true" or "True" or "TRUE";
                    break;
                case "meta":
                    // meta is for people and reports; it does not change the check.
                    break;
                case var _ when name == spec.IdAttribute:
                    if (value is YScalar { IsNull: false, Value.Length: > 0 } scalar)
                    {
                        id = scalar.Value;
                    }
                    else
                    {
                        _report(attribute.Value, $"{type} {key}: {name} must be a non-empty text");
                    }

                    break;
                case var _ when spec.Options.Contains(name):
                    if (CheckOption(type, key, name, attribute.Value))
                    {
                        options[name] = attribute.Value;
                    }

                    break;
                default:
                    var meaning = spec.PatternAttributes.Contains(name) ? ListMeaning.Patterns : ListMeaning.Elements;
                    if (_matchers.Parse(attribute.Value, meaning) is { } matcher)
                    {
                        expectations.Add(new(name == "contains" ? "contents" : name, matcher));
                    }

                    break;
            }
        }

        if (expectations.Count == 0 && !skip)
        {
            // When every attribute was reported already, one more message would only repeat them.
            if (_reported == reportedBefore)
            {
                _report(entry.Key, $"{type} {key}: no attribute to check");
            }

            return null;
        }

        if (type == "http" && !Uri.TryCreate(id, UriKind.Absolute, out _))
        {
            _report(entry.Key, $"http {id}: not an absolute URL");
            return null;
        }

        if (type == "matching" && !options.ContainsKey("content"))
        {
            _report(entry.Key, $"matching {key}: no content to match");
            return null;
        }

        var probe = spec.Probe(id, new GossOptions(options), expectations);
        var check = new ResourceCheck(type, type == "matching" ? key : id, probe, expectations, _retry) { Title = title, Skip = skip };
        return new GossResource(_file, SourceLine(entry.Key.Start.Line), check);
    }

    /// <summary>
    /// True (and reported, unless the template's own failure already was) when a value still holds <c>{{ … }}</c>
    /// after rendering: it is never compared as literal text.
    /// </summary>
    public bool HoldsTemplate(YNode node, string what)
    {
        var scalar = Scalars(node).FirstOrDefault(s => s.Value.Contains("{{", StringComparison.Ordinal) && s.Value.Contains("}}", StringComparison.Ordinal));
        if (scalar is null)
        {
            return false;
        }

        if (_failedActions.Any(action => scalar.Value.Contains(action, StringComparison.Ordinal)))
        {
            _reported++; // the template's own failure was reported where it is written
        }
        else
        {
            _report(scalar, $"{what} still holds a template after rendering ('{Secrets.SecretMasker.Shared.Mask(Excerpt(scalar.Value))}'); it is not checked");
        }

        return true;
    }

    private bool CheckOption(string type, string id, string name, YNode node)
    {
        var value = GossMatcherParser.Resolve(node) as YScalar;
        switch (name)
        {
            case "timeout" when value is null || !double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _):
                _report(node, $"{type} {id}: timeout is in milliseconds (a number)");
                return false;
            case "proxy" when value is { IsNull: false, Value.Length: > 0 } && !Uri.TryCreate(value.Value, UriKind.Absolute, out _):
                _report(node, $"{type} {id}: proxy must be an absolute URL such as http://proxy:3128");
                return false;
            case "request-headers" when GossMatcherParser.Resolve(node) is not YSequence:
                _report(node, $"{type} {id}: request-headers is a list of 'Name: value' lines");
                return false;
            case "content":
                return true;
            default:
                if (name != "request-headers" && name != "content" && value is null)
                {
                    _report(node, $"{type} {id}: {name} takes a single value");
                    return false;
                }

                return true;
        }
    }

    private static IEnumerable<YScalar> Scalars(YNode node) => GossMatcherParser.Resolve(node) switch
    {
        YScalar scalar => [scalar],
        YSequence sequence => sequence.Items.SelectMany(Scalars),
        YMapping mapping => mapping.Pairs.SelectMany(p => Scalars(p.Key).Concat(Scalars(p.Value))),
        _ => [],
    };

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
