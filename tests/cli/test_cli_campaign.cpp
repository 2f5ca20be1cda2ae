// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli campaign members / add / status / remove / stats on the real binary.
#include "clitest.h"

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {
struct Setup
{
    test::TempDb t;
    Cli cli{t.path()};
    QString campaign;
    QString ana, bea, carl;

    explicit Setup(const char *type = "email")
    {
        t.close();
        campaign = cli.ok({S("add"), S("campaign"), S("name=Spring mailing"), S("type=") + S(type),
                           S("actual_cost=300.00"), S("budget=500"), S("expected_response=10")}).trimmed();
        ana = cli.ok({S("add"), S("contact"), S("first_name=Ana"), S("last_name=Ruiz"), S("city=Madrid"), S("email=ana@example.com")}).trimmed();
        bea = cli.ok({S("add"), S("contact"), S("first_name=Bea"), S("last_name=Soler"), S("city=Madrid"), S("email_opt_out=yes")}).trimmed();
        carl = cli.ok({S("add"), S("contact"), S("first_name=Carl"), S("last_name=Vidal"), S("city=Sevilla"), S("do_not_call=yes")}).trimmed();
    }
};
} // namespace

TEST_CASE("campaign add by ids and by query reports what it added and skipped, and members lists them")
{
    Setup s;
    auto r = s.cli.jsonObject({S("campaign"), S("add"), S("Spring mailing"), S("contact"), s.ana, s.bea, S("--format"), S("json")});
    CHECK(r.value(S("added")).toInt() == 1);
    CHECK(r.value(S("skipped_opt_out")).toInt() == 1);
    // Dry run over a query: counts, writes nothing.
    const QString before = test::dump(s.t.path());
    auto dry = s.cli.jsonObject({S("campaign"), S("add"), s.campaign, S("contact"), S("--where"), S("city=Madrid"),
                                 S("--search"), S("ruiz"), S("--dry-run"), S("--format"), S("json")});
    CHECK(dry.value(S("matched")).toInt() == 1);
    CHECK(dry.value(S("already_members")).toInt() == 1);
    CHECK(test::dump(s.t.path()) == before);
    const QString text = s.cli.ok({S("campaign"), S("add"), s.campaign, S("contact"), S("--all")});
    CHECK(text.contains(S("Added")));
    CHECK(text.contains(S("Already members")));
    auto members = s.cli.jsonArray({S("campaign"), S("members"), s.campaign, S("--format"), S("json")});
    REQUIRE(members.size() == 2); // Ana and Carl (flagged do-not-call, added to an email campaign)
    QStringList names;
    for (const auto &m : members) {
        names << m.toObject().value(S("name")).toString();
        CHECK(m.toObject().value(S("entity")).toString() == S("contact"));
        CHECK(m.toObject().value(S("status")).toString() == S("planned"));
    }
    names.sort();
    CHECK(names == QStringList{S("Ana Ruiz"), S("Carl Vidal")});
    const QStringList csv = s.cli.lines({S("campaign"), S("members"), s.campaign, S("--format"), S("csv")});
    CHECK(csv.size() == 3);
    CHECK(csv.first().startsWith(S("id,entity,record_id,name")));
}

TEST_CASE("campaign status and remove take member or record ids, and stats shows the figures")
{
    Setup s("telemarketing");
    s.cli.ok({S("campaign"), S("add"), s.campaign, S("contact"), S("--all")});
    auto members = s.cli.jsonArray({S("campaign"), S("members"), s.campaign, S("--format"), S("json")});
    REQUIRE(members.size() == 2); // Carl is do-not-call
    const QString anaMember = [&] {
        for (const auto &m : members)
            if (m.toObject().value(S("record_id")).toString() == s.ana)
                return m.toObject().value(S("id")).toString();
        return QString();
    }();
    REQUIRE(!anaMember.isEmpty());
    CHECK(s.cli.ok({S("campaign"), S("status"), s.campaign, anaMember, S("--to"), S("responded")}).contains(S("1")));
    CHECK(s.cli.jsonArray({S("campaign"), S("members"), s.campaign, S("--status"), S("responded"), S("--format"), S("json")}).size() == 1);
    s.cli.ok({S("campaign"), S("status"), s.campaign, s.bea, S("--to"), S("converted")});

    auto st = s.cli.jsonObject({S("campaign"), S("stats"), s.campaign, S("--format"), S("json")});
    CHECK(st.value(S("members")).toInt() == 2);
    CHECK(st.value(S("responses")).toInt() == 2);
    CHECK(st.value(S("response_rate")).toDouble() == 100.0);
    CHECK(st.value(S("actual_cost")).toString() == S("300.00"));
    CHECK(st.value(S("budget_remaining")).toString() == S("200.00"));
    CHECK(st.value(S("cost_per_response")).toString() == S("150.00"));
    CHECK(st.value(S("by_status")).toObject().value(S("converted")).toInt() == 1);
    // No opportunity came from it yet: nothing won, ROI -100 %.
    CHECK(st.value(S("opportunities")).toInt() == 0);
    CHECK(st.value(S("roi_percent")).toDouble() == -100.0);
    const QString text = s.cli.ok({S("campaign"), S("stats"), S("Spring mailing")});
    CHECK(text.contains(S("Cost per response")));
    CHECK(text.contains(S("-100")));

    CHECK(s.cli.ok({S("campaign"), S("remove"), s.campaign, s.ana}).contains(S("1")));
    CHECK(s.cli.jsonArray({S("campaign"), S("members"), s.campaign, S("--format"), S("json")}).size() == 1);
}

TEST_CASE("campaign commands refuse bad input with exit 1 or 2 and write nothing")
{
    Setup s;
    s.cli.ok({S("campaign"), S("add"), s.campaign, S("contact"), s.ana});
    const QString before = test::dump(s.t.path());
    struct Case { QStringList args; int code; const char *message; };
    const QList<Case> cases = {
        {{S("campaign"), S("add"), S("No such campaign"), S("contact"), s.ana}, 2, "no campaign"},
        {{S("campaign"), S("add"), s.campaign, S("campaign"), s.campaign}, 2, "not \"campaign\""},
        {{S("campaign"), S("add"), s.campaign, S("contact"), s.carl, S("nope")}, 2, "nope"},
        {{S("campaign"), S("add"), s.campaign, S("contact")}, 1, "say which records"},
        {{S("campaign"), S("add"), s.campaign, S("contact"), s.ana, S("--all")}, 1, "not both"},
        {{S("campaign"), S("add"), s.campaign, S("contact"), S("--where"), S("nickname=x")}, 2, "nickname"},
        {{S("campaign"), S("status"), s.campaign, s.ana, S("--to"), S("won")}, 1, "--to must be one of"},
        {{S("campaign"), S("status"), s.campaign, s.ana}, 1, "--to STATUS is required"},
        {{S("campaign"), S("status"), s.campaign, s.ana, s.carl, S("--to"), S("sent")}, 2, "is not a member"},
        {{S("campaign"), S("remove"), s.campaign, s.ana, s.carl}, 2, "is not a member"},
        {{S("campaign"), S("members"), s.campaign, S("--status"), S("won")}, 1, "--status must be one of"},
        {{S("campaign"), S("stats"), S("missing")}, 2, "no campaign"},
        {{S("campaign")}, 1, "campaign add"},
        {{S("campaign"), S("frobnicate")}, 1, "unknown command"},
    };
    for (const auto &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const auto r = s.cli(c.args);
        CHECK(r.exitCode == c.code);
        CHECK(r.err.contains(S(c.message)));
        CHECK(r.out.isEmpty());
    }
    CHECK(test::dump(s.t.path()) == before);
    // A campaign in the Trash takes no new members.
    s.cli.ok({S("delete"), S("campaign"), s.campaign});
    const auto r = s.cli({S("campaign"), S("add"), s.campaign, S("contact"), s.carl});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(S("Trash")));
    CHECK(s.cli.ok({S("help"), S("campaign")}).contains(S("campaign stats")));
}

TEST_CASE("campaign add --segment adds a saved segment's records, and --where takes list conditions")
{
    Setup s("event");
    s.cli.ok({S("segment"), S("add"), S("contact"), S("Madrid people"), S("--where"), S("city=Madrid")});
    auto r = s.cli.jsonObject({S("campaign"), S("add"), s.campaign, S("contact"), S("--segment"), S("Madrid people"), S("--format"), S("json")});
    CHECK(r.value(S("added")).toInt() == 2);
    CHECK(r.value(S("flagged_opt_out")).toInt() == 1);
    auto more = s.cli.jsonObject({S("campaign"), S("add"), s.campaign, S("contact"), S("--where"), S("last_name^=Vi"), S("--format"), S("json")});
    CHECK(more.value(S("added")).toInt() == 1);
    const auto wrong = s.cli({S("campaign"), S("add"), s.campaign, S("lead"), S("--segment"), S("Madrid people")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(S("not lead")));
}
