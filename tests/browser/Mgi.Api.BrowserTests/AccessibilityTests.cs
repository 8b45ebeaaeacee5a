using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Mgi.Api.BrowserTests;

/// <summary>axe-core, inside Chromium, on every page type: no violation of WCAG 2.0, 2.1 and 2.2 at levels A and AA.</summary>
[Collection(ExplorerFixture.Name)]
public sealed class AccessibilityTests(Explorer explorer, ITestOutputHelper output)
{
    static readonly List<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task A_page_type_has_no_axe_core_violation(string pageType)
    {
        var (path, status) = await PageTypes.ResolveAsync(explorer, pageType);
        foreach (var width in new[] { 1280, 390 })
        {
            await using var session = await explorer.OpenAsync(width);
            var response = await session.GoAsync(path);
            Assert.Equal(status, response.Status);

            var result = await session.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags } });
            output.WriteLine($"{pageType} {path} at {width} px: {result.Violations.Length} violations, {result.Passes.Length} rules passed, {result.Incomplete.Length} to review ({string.Join(", ", result.Incomplete.Select(i => i.Id))})");
            Assert.True(result.Violations.Length == 0, $"{path} at {width} px:\n{Describe(result.Violations)}");
        }
    }

    /// <summary>Each violation with its rule, impact, help and tags, and each node's selector, HTML and the checks that fail.</summary>
    static string Describe(AxeResultItem[] violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {v.Id} ({v.Impact}): {v.Help} [{string.Join(", ", v.Tags)}] {v.HelpUrl}");
            foreach (var node in v.Nodes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                // What fails, as axe-core's checks say it: any one of "any" would pass; every "all" and no "none" must.
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []))
                    text.AppendLine(CultureInfo.InvariantCulture, $"      {check.Id}: {check.Message}");
            }
        }
        return text.ToString();
    }
}
