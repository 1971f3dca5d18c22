namespace IacTest.Harness.Goss.Templates;

/// <summary>A template function was called wrongly; the evaluator adds the position.</summary>
internal sealed class TemplateFunctionException(string message) : Exception(message);
