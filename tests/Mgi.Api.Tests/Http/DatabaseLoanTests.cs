using System.Diagnostics;
using Mgi.Api.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Mgi.Api.Tests.Http;

/// <summary>Connections are lent and given back; each loan's statements get the full time limit from their start.</summary>
[Collection(SharedServer.Name)]
public sealed class DatabaseLoanTests(ApiFactory api)
{
    [Fact]
    public void A_returned_connection_is_lent_again_and_loans_at_the_same_time_get_their_own()
    {
        _ = api.CreateClient(); // starts the host
        var database = api.Services.GetRequiredService<Database>();
        Microsoft.Data.Sqlite.SqliteConnection first;
        using (var loan = database.Open()) first = loan.Connection;
        using var again = database.Open();
        using var meanwhile = database.Open();
        Assert.Same(first, again.Connection);
        Assert.NotSame(again.Connection, meanwhile.Connection);
        Assert.Equal(System.Data.ConnectionState.Open, meanwhile.Connection.State);
        Assert.Equal(9, meanwhile.Count("SELECT count(*) FROM jurisdictions"));
    }

    [Fact]
    public void The_deadline_counts_from_the_first_statement_not_from_the_loan()
    {
        var deadline = new Database.StatementDeadline();
        var limit = Stopwatch.Frequency / 20; // 50 ms
        deadline.Restart(limit);
        Thread.Sleep(120); // waiting after the loan (a turn for a CSV export) spends nothing
        Assert.False(deadline.Passed());
        Thread.Sleep(120);
        Assert.True(deadline.Passed());
        deadline.Restart(limit); // the next loan starts afresh
        Assert.False(deadline.Passed());
    }
}
