namespace IacTest.Harness.Checks;

/// <summary>The common part of every resource check in the fluent DSL: expectations, retry and title.</summary>
/// <typeparam name="TSelf">The concrete builder, so calls chain.</typeparam>
public abstract class CheckBuilder<TSelf> : ICheckBuilder
    where TSelf : CheckBuilder<TSelf>
{
    private readonly List<KeyValuePair<string, Matcher>> _expectations = [];
    private RetryPolicy? _retry;
    private string? _title;

    /// <summary>Creates the builder for a resource.</summary>
    protected CheckBuilder(string type, string id)
    {
        Type = type;
        Id = id;
    }

    /// <summary>The resource type (Goss name).</summary>
    public string Type { get; }

    /// <summary>The resource id.</summary>
    public string Id { get; }

    /// <summary>The expectations so far.</summary>
    protected IReadOnlyList<KeyValuePair<string, Matcher>> Expectations => _expectations;

    /// <summary>Expects <paramref name="attribute"/> to satisfy <paramref name="matcher"/>.</summary>
    public TSelf Expect(string attribute, Matcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        _expectations.Add(new(attribute, matcher));
        return (TSelf)this;
    }

    /// <summary>Keeps retrying this check for <paramref name="timeout"/>, every <paramref name="interval"/> (default 250 ms).</summary>
    public TSelf Within(TimeSpan timeout, TimeSpan? interval = null)
    {
        _retry = RetryPolicy.For(timeout, interval);
        return (TSelf)this;
    }

    /// <summary>Names the check in reports.</summary>
    public TSelf Titled(string title)
    {
        _title = title;
        return (TSelf)this;
    }

    /// <summary>The probe that finds out the actual state.</summary>
    protected abstract IResourceProbe CreateProbe();

    /// <inheritdoc />
    public ResourceCheck Build(RetryPolicy defaultRetry)
    {
        if (_expectations.Count == 0)
        {
            throw new InvalidOperationException($"{Type} {Id}: no expectation given");
        }

        return new ResourceCheck(Type, Id, CreateProbe(), _expectations.ToList(), _retry ?? defaultRetry) { Title = _title };
    }
}

/// <summary>A DSL builder that produces a <see cref="ResourceCheck"/>.</summary>
public interface ICheckBuilder
{
    /// <summary>Builds the check, using <paramref name="defaultRetry"/> unless the builder set its own.</summary>
    ResourceCheck Build(RetryPolicy defaultRetry);
}
