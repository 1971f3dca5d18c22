using System.Reflection;
using System.Runtime.Loader;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace IacTest.Harness.Tests.Documentation;

/// <summary>
/// Runs the tests of a runnable documentation block the way xunit would run them in a user's project: each public
/// class's facts and theories (theory rows from their data attributes, a goss file's rows included), with its class
/// fixtures created, initialised once and disposed after, and an output helper whose last lines a failure shows.
/// Deliberately small: no collections, no parallelism — the docs show single classes, and one class at a time keeps the engine load of a docs run low.
/// </summary>
public static class DocsRunner
{
    /// <summary>What ran: one line per test case, <c>passed</c>, <c>skipped: reason</c> or <c>failed: message</c>.</summary>
    public sealed record Outcome(string Test, string Result)
    {
        /// <summary>Whether the case failed.</summary>
        public bool Failed => Result.StartsWith("failed", StringComparison.Ordinal);
    }

    /// <summary>Compiles <paramref name="block"/> for its <c>runs:</c> folder and runs every test in it.</summary>
    public static async Task<IReadOnlyList<Outcome>> RunAsync(MarkdownCodeBlock block)
    {
        var folder = block.RunsIn ?? throw new ArgumentException($"{block} is not marked runnable", nameof(block));
        var projectDirectory = Path.Combine(DocsCompiler.RepositoryRoot, folder);
        if (!Directory.Exists(projectDirectory))
        {
            return [new Outcome(block.ToString(), $"failed: the runs: folder {folder} does not exist")];
        }

        var (image, errors) = DocsCompiler.Compile(block, projectDirectory);
        if (image is null)
        {
            return [.. errors.Select(e => new Outcome(block.ToString(), "failed: " + e))];
        }

        // A collectible context of its own so each block's assembly is unloaded; everything it references (the
        // harness, xunit) resolves from the test host's context, so the fixtures and attributes are the real ones.
        var context = new AssemblyLoadContext(block.ToString(), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            var outcomes = new List<Outcome>();
            foreach (var type in assembly.GetExportedTypes())
            {
                if (type.Name == DocsCompiler.StatementsClass && type.GetMethod(DocsCompiler.StatementsMethod) is { } statements)
                {
                    outcomes.Add(await RunStatementsAsync(block, statements));
                }
                else if (type is { IsClass: true, IsAbstract: false })
                {
                    outcomes.AddRange(await RunClassAsync(block, type));
                }
                else if (type is { IsClass: true, IsAbstract: true, IsSealed: true })
                {
                    outcomes.AddRange(await RunEntryPointsAsync(block, type));
                }
            }

            return outcomes.Count == 0 ? [new Outcome(block.ToString(), "failed: the block is marked runnable but holds no test")] : outcomes;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// A block of statements runs as one test. Each name it is given comes from a fixture of its folder (a public class
    /// with a parameterless constructor, <see cref="IAsyncLifetime"/>, and a public property of the name's type), started
    /// before and disposed after; an <see cref="ITestOutputHelper"/> is the runner's.
    /// </summary>
    private static async Task<Outcome> RunStatementsAsync(MarkdownCodeBlock block, MethodInfo statements)
    {
        var name = $"{block}: statements";
        var output = new CollectedOutput();
        var fixtures = new List<IAsyncLifetime>();
        try
        {
            var arguments = new List<object?>();
            foreach (var parameter in statements.GetParameters())
            {
                if (parameter.ParameterType == typeof(ITestOutputHelper))
                {
                    arguments.Add(output);
                    continue;
                }

                var supplier = statements.DeclaringType!.Assembly.GetExportedTypes()
                    .Select(t => (Type: t, Property: t.GetProperties().FirstOrDefault(p => p.PropertyType == parameter.ParameterType)))
                    .FirstOrDefault(t => t.Property is not null && typeof(IAsyncLifetime).IsAssignableFrom(t.Type) && t.Type.GetConstructor(Type.EmptyTypes) is not null);
                if (supplier.Type is null)
                {
                    return new Outcome(name, $"failed: nothing in {block.RunsIn} supplies {parameter.ParameterType.Name} {parameter.Name}");
                }

                var fixture = (IAsyncLifetime)Activator.CreateInstance(supplier.Type)!;
                fixtures.Add(fixture);
                await fixture.InitializeAsync();
                arguments.Add(supplier.Property!.GetValue(fixture));
            }

            var result = await InvokeAsync(statements, null, [.. arguments]);
            return new Outcome(name, result.StartsWith("failed", StringComparison.Ordinal) ? result + output.Tail() : result);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            return new Outcome(name, $"failed: the given {block.Given} did not start: {cause.GetType().Name}: {cause.Message}");
        }
        finally
        {
            foreach (var fixture in fixtures)
            {
                await fixture.DisposeAsync();
            }
        }
    }

    private static async Task<IReadOnlyList<Outcome>> RunClassAsync(MarkdownCodeBlock block, Type type)
    {
        var tests = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Select(m => (Method: m, Fact: m.GetCustomAttribute<FactAttribute>()))
            .Where(t => t.Fact is not null)
            .ToArray();
        if (tests.Length == 0)
        {
            return [];
        }

        var outcomes = new List<Outcome>();
        var output = new CollectedOutput();
        var constructor = type.GetConstructors().Single();
        var fixtures = new List<object>();
        try
        {
            foreach (var parameter in constructor.GetParameters())
            {
                // xunit gives a test class its output helper; every other parameter is a class fixture.
                var fixture = parameter.ParameterType == typeof(ITestOutputHelper) ? output : Activator.CreateInstance(parameter.ParameterType)!;
                fixtures.Add(fixture);
                if (fixture is IAsyncLifetime lifetime)
                {
                    await lifetime.InitializeAsync();
                }
            }

            foreach (var (method, fact) in tests)
            {
                var name = $"{block}: {type.Name}.{method.Name}";
                if (fact!.Skip is { } skip)
                {
                    outcomes.Add(new Outcome(name, "skipped: " + skip));
                    continue;
                }

                var rows = fact is TheoryAttribute
                    ? method.GetCustomAttributes<DataAttribute>().SelectMany(d => d.GetData(method)).ToArray()
                    : [[]];
                if (rows.Length == 0)
                {
                    outcomes.Add(new Outcome(name, "failed: a theory without rows"));
                }

                foreach (var row in rows)
                {
                    var rowName = row.Length == 0 ? name : $"{name}({string.Join(", ", row)})";
                    var result = await InvokeAsync(method, method.IsStatic ? null : constructor.Invoke([.. fixtures]), row);
                    outcomes.Add(new Outcome(rowName, result.StartsWith("failed", StringComparison.Ordinal) ? result + output.Tail() : result));
                }
            }
        }
        finally
        {
            foreach (var fixture in fixtures)
            {
                if (fixture is IAsyncLifetime lifetime)
                {
                    await lifetime.DisposeAsync();
                }
            }
        }

        return outcomes;
    }

    /// <summary>
    /// A static class is a tool's code (<c>Audit.RunAsync()</c> called from a program or a pipeline step): each public
    /// static method without parameters runs as the tool would call it, and one that answers <c>false</c> (the tool's
    /// failing exit) fails. Methods that take arguments are helpers the page's other code calls, not run.
    /// </summary>
    private static async Task<IReadOnlyList<Outcome>> RunEntryPointsAsync(MarkdownCodeBlock block, Type type)
    {
        var outcomes = new List<Outcome>();
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => m.GetParameters().Length == 0))
        {
            var name = $"{block}: {type.Name}.{method.Name}";
            try
            {
                var result = method.Invoke(null, []);
                var answer = result switch
                {
                    Task<bool> task => await task,
                    bool value => value,
                    Task task => await CompletedAsync(task),
                    _ => true,
                };
                outcomes.Add(new Outcome(name, answer ? "passed" : "failed: returned false"));
            }
            catch (Exception e)
            {
                var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
                outcomes.Add(new Outcome(name, $"failed: {cause.GetType().Name}: {cause.Message}"));
            }
        }

        return outcomes;
    }

    private static async Task<bool> CompletedAsync(Task task)
    {
        await task;
        return true;
    }

    private static async Task<string> InvokeAsync(MethodInfo method, object? instance, object?[] row)
    {
        try
        {
            if (method.Invoke(instance, row) is Task task)
            {
                await task;
            }

            return "passed";
        }
        catch (Exception e)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            return $"failed: {cause.GetType().Name}: {cause.Message}";
        }
    }

    /// <summary>What a block's tests write to their output helper; a failure carries the last lines, as a test log would.</summary>
    private sealed class CollectedOutput : ITestOutputHelper
    {
        private readonly List<string> _lines = [];

        public void WriteLine(string message)
        {
            lock (_lines)
            {
                _lines.Add(message);
            }
        }

        public void WriteLine(string format, params object[] args) => WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));

        public string Tail()
        {
            lock (_lines)
            {
                return _lines.Count == 0 ? "" : "\n--- output ---\n" + string.Join('\n', _lines.TakeLast(40));
            }
        }
    }
}
