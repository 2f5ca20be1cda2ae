// SPDX-License-Identifier: GPL-3.0-or-later
// trato-cli call incoming / call listen: the caller's card, the call log entry, and the listener
// run headless and reached over TCP.
#include "clitest.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <catch2/catch.hpp>

using namespace trato;
using test::Cli;
using test::S;

namespace {
struct Data
{
    QString account, contact, lead;
};

Data addCaller(const Cli &cli)
{
    Data d;
    d.account = cli.ok({S("add"), S("account"), S("name=Hierros Ruiz S.L."), S("phone=976 55 44 33")}).trimmed();
    d.contact = cli.ok({S("add"), S("contact"), S("first_name=Ana"), S("last_name=Ruiz"), S("account=") + d.account,
                        S("mobile=600 11 22 33"), S("email=ana@ruiz.es"), S("title=Gerente")}).trimmed();
    d.lead = cli.ok({S("add"), S("lead"), S("last_name=Pardo"), S("company=Pardo Hnos"), S("phone=+34600112233"),
                     S("--no-duplicates")}).trimmed();
    cli.ok({S("add"), S("activity"), S("kind=call"), S("subject=Quote follow-up"), S("contact=") + d.contact,
            S("start_at=2026-01-10T10:00:00Z"), S("status=completed"), S("outcome=interested")});
    cli.ok({S("add"), S("activity"), S("kind=task"), S("subject=Send the quote"), S("contact=") + d.contact,
            S("start_at=2030-12-01T09:00:00Z")});
    return d;
}
} // namespace

TEST_CASE("cli: call incoming prints the caller's card, history and open items, or unknown number")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const Data d = addCaller(cli);

    const QString card = cli.ok({S("--region"), S("ES"), S("call"), S("incoming"), S("0034 600-112-233"), S("--name"), S("ANA R")});
    CHECK(card.startsWith(S("Incoming call: 600 11 22 33 (+34600112233)\n")));
    CHECK(card.contains(S("Caller ID name: ANA R\n")));
    CHECK(card.contains(S("Contact: Ana Ruiz  [") + d.contact + S("]")));
    CHECK(card.contains(S("  Account: Hierros Ruiz S.L.\n")));
    CHECK(card.contains(S("  Job title: Gerente\n")));
    CHECK(card.contains(S("  Phones: Mobile 600 11 22 33 (calling)\n")));
    CHECK(card.contains(S("Quote follow-up — Interested")));
    CHECK(card.contains(S("Send the quote (Planned)")));
    CHECK(card.indexOf(S("Recent history:")) < card.indexOf(S("Open items:")));
    // The lead with the same number comes after the contact, with a line of its own.
    CHECK(card.contains(S("Lead: Pardo  [") + d.lead + S("]")));
    CHECK(card.indexOf(S("Contact: ")) < card.indexOf(S("Lead: ")));
    CHECK_FALSE(card.contains(S("Relationship: Unknown")));

    const QJsonObject json = cli.jsonObject({S("--region"), S("ES"), S("call"), S("incoming"), S("976554433"), S("--format"), S("json")});
    CHECK(json.value(S("known")).toBool());
    CHECK(json.value(S("number")).toString() == S("+34976554433"));
    const QJsonArray matches = json.value(S("matches")).toArray();
    REQUIRE(matches.size() == 1);
    CHECK(matches.at(0).toObject().value(S("entity")).toString() == S("account"));
    CHECK(matches.at(0).toObject().value(S("id")).toString() == d.account);

    const QString before = test::dump(t.path());
    auto unknown = cli({S("--region"), S("ES"), S("call"), S("incoming"), S("911 000 000")});
    CHECK(unknown.exitCode == 0);
    CHECK(unknown.out.contains(S("Unknown number")));
    CHECK(cli.jsonObject({S("--region"), S("ES"), S("call"), S("incoming"), S("911000000"), S("--format"), S("json")})
              .value(S("known")).toBool() == false);

    auto garbage = cli({S("call"), S("incoming"), S("hello")});
    CHECK(garbage.exitCode == 2);
    CHECK(garbage.out.isEmpty());
    CHECK(garbage.err.contains(S("\"hello\" is not a phone number")));
    CHECK(cli({S("call"), S("incoming")}).exitCode == 1);
    CHECK(cli({S("call"), S("incoming"), S("600112233"), S("--format"), S("csv")}).exitCode == 1);
    CHECK(cli({S("call"), S("incoming"), S("hello"), S("--log")}).exitCode == 2);
    CHECK(test::dump(t.path()) == before); // looking up writes nothing; refused --log neither
}

TEST_CASE("cli: call incoming --log starts an inbound call in progress about the caller")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const Data d = addCaller(cli);
    const QJsonObject json = cli.jsonObject({S("--region"), S("ES"), S("call"), S("incoming"), S("600112233"), S("--log"),
                                             S("--format"), S("json")});
    const QString logId = json.value(S("call_log")).toString();
    REQUIRE(logId.size() == 36);
    const QJsonObject call = cli.jsonObject({S("show"), S("activity"), logId, S("--format"), S("json")});
    CHECK(call.value(S("kind")).toString() == S("call"));
    CHECK(call.value(S("direction")).toString() == S("inbound"));
    CHECK(call.value(S("status")).toString() == S("in_progress"));
    CHECK(call.value(S("phone_number")).toString() == S("+34600112233"));
    CHECK(call.value(S("contact")).toString() == S("Ana Ruiz")); // show prints relations by name
    CHECK(call.value(S("account")).toString() == S("Hierros Ruiz S.L."));
    CHECK(call.value(S("subject")).toString() == S("Incoming call from Ana Ruiz"));
    // Next time it is among the caller's open items.
    const QString card = cli.ok({S("--region"), S("ES"), S("call"), S("incoming"), S("600112233"), S("--log")});
    CHECK(card.contains(S("Incoming call from Ana Ruiz (In progress)")));
    CHECK(card.contains(S("Call log entry: ")));

    // An unknown number is logged too, about nobody.
    const QJsonObject unknown = cli.jsonObject({S("--region"), S("ES"), S("call"), S("incoming"), S("911000000"), S("--name"),
                                                S("Marta Gil"), S("--log"), S("--format"), S("json")});
    const QJsonObject other = cli.jsonObject({S("show"), S("activity"), unknown.value(S("call_log")).toString(), S("--format"), S("json")});
    CHECK(other.value(S("subject")).toString() == S("Incoming call from Marta Gil"));
    CHECK(other.value(S("contact")).isNull());
}

TEST_CASE("cli: call listen runs the listener headless and prints each call")
{
    test::TempDb t;
    t.close();
    Cli cli(t.path());
    const Data d = addCaller(cli);

    QProcess listen;
    listen.start(S(TRATO_CLI_PATH), {S("--db"), t.path(), S("--region"), S("ES"), S("call"), S("listen"), S("--port"), S("0"),
                                     S("--count"), S("2"), S("--log")});
    REQUIRE(listen.waitForStarted(10000));
    QString err;
    quint16 port = 0;
    static const QRegularExpression listening(S("127\\.0\\.0\\.1:(\\d+)"));
    REQUIRE(QTest::qWaitFor([&] {
        err += QString::fromUtf8(listen.readAllStandardError());
        const auto m = listening.match(err);
        if (m.hasMatch())
            port = quint16(m.captured(1).toUInt());
        return port != 0;
    }, 10000));
    CHECK(err.contains(S("Listening for calls on 127.0.0.1:")));

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(socket.waitForConnected(5000));
    socket.write("CALL +34600112233 Ana\n");
    REQUIRE(socket.waitForReadyRead(5000));
    CHECK(socket.readLine().startsWith(QByteArray("OK +34600112233 contact " + d.contact.toUtf8())));
    socket.write("GET /call?number=911000000 HTTP/1.1\r\n\r\n"); // a text connection: not HTTP any more
    REQUIRE(socket.waitForReadyRead(5000));
    CHECK(socket.readLine().startsWith("ERROR "));
    socket.disconnectFromHost();

    QTcpSocket http;
    http.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(http.waitForConnected(5000));
    http.write("GET /call?number=911000000&name=Marta HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray response;
    REQUIRE(QTest::qWaitFor([&] {
        http.waitForReadyRead(100);
        response += http.readAll();
        return http.state() == QAbstractSocket::UnconnectedState || response.contains("\"matches\"");
    }, 5000));
    CHECK(response.startsWith("HTTP/1.1 200 OK"));

    REQUIRE(listen.waitForFinished(10000));
    CHECK(listen.exitCode() == 0);
    const QString out = QString::fromUtf8(listen.readAllStandardOutput());
    CHECK(out.contains(S("Contact: Ana Ruiz")));
    CHECK(out.contains(S("Caller ID name: Ana")));
    CHECK(out.contains(S("Unknown number")));
    CHECK(out.count(S("Call log entry: ")) == 2);

    auto badPort = cli({S("call"), S("listen"), S("--port"), S("70000")});
    CHECK(badPort.exitCode == 1);
    auto badBind = cli({S("call"), S("listen"), S("--port"), S("0"), S("--bind"), S("nowhere")});
    CHECK(badBind.exitCode == 2);
    CHECK(badBind.err.contains(S("nowhere")));
}
