using Xunit.Abstractions;
using Xunit.Sdk;

namespace IacTest.Harness.Xunit;

/// <summary>
/// Leaves a data attribute's rows to run time: discovery sees one theory, and the rows are made when it runs —
/// after the fixtures started, with connections to hosts that only then exist or answer.
/// </summary>
public sealed class RunTimeDataDiscoverer : DataDiscoverer
{
    /// <inheritdoc />
    public override bool SupportsDiscoveryEnumeration(IAttributeInfo dataAttribute, IMethodInfo testMethod) => false;
}
