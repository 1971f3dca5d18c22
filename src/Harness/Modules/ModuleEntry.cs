namespace IacTest.Harness.Modules;

/// <summary>One key of a mapping with where the key was written and its value.</summary>
/// <param name="Key">The key's text.</param>
/// <param name="KeyLocation">Where the key is written (the line an assertion wants to point at).</param>
/// <param name="Value">The value node.</param>
public sealed record ModuleEntry(string Key, SourceLocation KeyLocation, ModuleNode Value);
