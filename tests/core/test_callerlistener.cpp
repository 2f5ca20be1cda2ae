// SPDX-License-Identifier: GPL-3.0-or-later
// The caller listener over real sockets in the same process: HTTP and text lines, garbage, floods,
// oversize input, slow clients, tokens, and a default bind that stays on this machine.
#include "testsupport.h"

#include "store/recordstore.h"
#include "telephony/callerlistener.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

using namespace trato;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Runs the event loop until pred() holds or ms pass (both ends of a socket live in this thread).
template<typename Pred>
bool waitUntil(Pred pred, int ms)
{
    return QTest::qWaitFor(pred, ms);
}

// Connects, sends `bytes` and reads until the listener closes the connection (or 3 s pass:
// event-driven waiting, the loop runs both ends).
QByteArray exchange(quint16 port, const QByteArray &bytes, QAbstractSocket::SocketState *endState = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000))
        return "(no connection)";
    socket.write(bytes);
    QByteArray got;
    waitUntil([&] {
        got += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }, 3000);
    got += socket.readAll();
    if (endState)
        *endState = socket.state();
    return got;
}

int statusOf(const QByteArray &response)
{
    if (!response.startsWith("HTTP/1.1 "))
        return -1;
    return response.mid(9, 3).toInt();
}

QJsonObject bodyOf(const QByteArray &response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return QJsonDocument::fromJson(response.mid(end + 4)).object();
}

struct Fixture
{
    test::TempDb t;
    QString contact;
    qint64 now = 0;
    std::unique_ptr<CallerListener> listener;

    explicit Fixture(const CallerListenerOptions &base = {})
    {
        RecordStore store(t.db());
        contact = store.create(s("contact"), {{s("first_name"), s("Ana")}, {s("last_name"), s("Ruiz")},
                                              {s("mobile"), s("600 11 22 33")}}).value();
        listener = std::make_unique<CallerListener>(t.db(), s("ES"));
        CallerListenerOptions options = base;
        options.port = 0;
        listener->setOptions(options);
        listener->setClock([this] { return now; });
        const Status started = listener->start();
        INFO((started.ok() ? std::string() : started.error().message.toStdString()));
        REQUIRE(started.ok());
    }
    quint16 port() const { return listener->serverPort(); }
};
} // namespace

TEST_CASE("caller listener: off until started, loopback by default, a configured address only when asked")
{
    test::TempDb t;
    CallerListener listener(t.db(), s("ES"));
    CHECK_FALSE(listener.isListening());
    CHECK(listener.options().port == 5577);
    CHECK(listener.options().bindAddress.isEmpty());
    CallerListenerOptions options;
    options.port = 0;
    listener.setOptions(options);
    REQUIRE(listener.start().ok());
    CHECK(listener.isListening());
    CHECK(listener.serverPort() > 0);
    const QList<QHostAddress> addresses = listener.serverAddresses();
    REQUIRE_FALSE(addresses.isEmpty());
    CHECK(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
    for (const QHostAddress &a : addresses) {
        INFO(a.toString().toStdString());
        CHECK(a.isLoopback());
    }
    listener.stop();
    CHECK_FALSE(listener.isListening());

    CHECK(CallerListener::isLoopback(QString()));
    CHECK(CallerListener::isLoopback(s("127.0.0.1")));
    CHECK(CallerListener::isLoopback(s("::1")));
    CHECK(CallerListener::isLoopback(s("localhost")));
    CHECK_FALSE(CallerListener::isLoopback(s("0.0.0.0")));
    CHECK_FALSE(CallerListener::isLoopback(s("192.168.1.10")));
    CHECK_FALSE(CallerListener::isLoopback(s("any")));

    options.bindAddress = s("not-an-address");
    listener.setOptions(options);
    auto refused = listener.start();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(s("not-an-address")));
    CHECK_FALSE(listener.isListening());

    // A port in use is named in the error.
    CallerListener first(t.db(), s("ES"));
    options.bindAddress = s("127.0.0.1");
    first.setOptions(options);
    REQUIRE(first.start().ok());
    options.port = first.serverPort();
    listener.setOptions(options);
    auto busy = listener.start();
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().message.contains(QString::number(first.serverPort())));
    CHECK(first.serverAddresses() == QList<QHostAddress>{QHostAddress(s("127.0.0.1"))});
}

TEST_CASE("caller listener: HTTP GET /call answers the match as JSON and announces the call once")
{
    Fixture f;
    QSignalSpy calls(f.listener.get(), &CallerListener::incomingCall);
    const QByteArray response = exchange(f.port(), "GET /call?number=%2B34600112233&name=Ana%20R HTTP/1.1\r\nHost: localhost\r\n\r\n");
    CHECK(statusOf(response) == 200);
    CHECK(response.contains("Connection: close"));
    CHECK(response.contains("Content-Type: application/json"));
    const QJsonObject body = bodyOf(response);
    CHECK(body.value(s("known")).toBool());
    CHECK(body.value(s("number")).toString() == s("+34600112233"));
    CHECK(body.value(s("caller_name")).toString() == s("Ana R"));
    CHECK(body.value(s("matches")).toArray().at(0).toObject().value(s("id")).toString() == f.contact);
    REQUIRE(waitUntil([&] { return calls.size() == 1; }, 2000));
    CHECK(calls.at(0).at(0).toString() == s("+34600112233"));
    CHECK(calls.at(0).at(1).toString() == s("Ana R"));

    // A raw '+', a form-encoded name, an unknown number, a bare "\n" line ending.
    const QByteArray unknown = exchange(f.port(), "GET /call?number=+34911000000&name=Juan+P%C3%A9rez HTTP/1.0\n\n");
    CHECK(statusOf(unknown) == 200);
    CHECK_FALSE(bodyOf(unknown).value(s("known")).toBool());
    CHECK(bodyOf(unknown).value(s("caller_name")).toString() == s("Juan Pérez"));
    waitUntil([&] { return calls.size() == 2; }, 2000);
    CHECK(calls.size() == 2);

    // format=name: the name alone, as PBX caller-name lookups want it.
    const QByteArray plain = exchange(f.port(), "GET /call?number=600112233&format=name HTTP/1.1\r\n\r\n");
    CHECK(statusOf(plain) == 200);
    CHECK(plain.contains("Content-Type: text/plain"));
    CHECK(plain.endsWith("\r\n\r\nAna Ruiz"));
    CHECK(exchange(f.port(), "GET /call?number=911000000&format=name HTTP/1.1\r\n\r\n").endsWith("Content-Length: 0\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"));
    REQUIRE(waitUntil([&] { return calls.size() == 4; }, 2000));

    // Errors: none of them announces a call.
    CHECK(statusOf(exchange(f.port(), "GET /call?number=600112233&format=xml HTTP/1.1\r\n\r\n")) == 400);
    CHECK(statusOf(exchange(f.port(), "GET /call HTTP/1.1\r\n\r\n")) == 400);
    CHECK(statusOf(exchange(f.port(), "GET /call?number= HTTP/1.1\r\n\r\n")) == 400);
    const QByteArray garbageNumber = exchange(f.port(), "GET /call?number=hello HTTP/1.1\r\n\r\n");
    CHECK(statusOf(garbageNumber) == 400);
    CHECK(bodyOf(garbageNumber).value(s("error")).toString().contains(s("hello")));
    CHECK(statusOf(exchange(f.port(), "GET /call?number=%FF%FE600112233 HTTP/1.1\r\n\r\n")) == 400);
    CHECK(statusOf(exchange(f.port(), "GET / HTTP/1.1\r\n\r\n")) == 404);
    CHECK(statusOf(exchange(f.port(), "GET /calls?number=600112233 HTTP/1.1\r\n\r\n")) == 404);
    const QByteArray post = exchange(f.port(), "POST /call?number=600112233 HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    CHECK(statusOf(post) == 405);
    CHECK(post.contains("Allow: GET"));
    CHECK(statusOf(exchange(f.port(), "DELETE /call HTTP/1.1\r\n\r\n")) == 405);
    CHECK(statusOf(exchange(f.port(), "GET /call?number=600112233 HTTP/1.1\r\nBroken header\r\n\r\n")) == 400);
    // A web page cannot make the browser announce calls.
    CHECK(statusOf(exchange(f.port(), "GET /call?number=600112233 HTTP/1.1\r\nOrigin: http://evil.example\r\n\r\n")) == 403);
    CHECK(statusOf(exchange(f.port(), "GET /call?number=600112233 HTTP/1.1\r\nSec-Fetch-Site: cross-site\r\n\r\n")) == 403);
    QTest::qWait(50); // let any queued signal arrive
    CHECK(calls.size() == 4);
}

TEST_CASE("caller listener: one text line per call, answered with one line")
{
    Fixture f;
    QSignalSpy calls(f.listener.get(), &CallerListener::incomingCall);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.port());
    REQUIRE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000));
    auto ask = [&](const QByteArray &line) {
        socket.write(line);
        waitUntil([&] { return socket.canReadLine(); }, 3000);
        return socket.readLine();
    };
    CHECK(ask("+34600112233\n") == "OK +34600112233 contact " + f.contact.toUtf8() + " Ana Ruiz\n");
    CHECK(ask("CALL 600112233 Ana from the PBX\r\n") == "OK +34600112233 contact " + f.contact.toUtf8() + " Ana Ruiz\n");
    CHECK(ask("call +34911000000 Juan\n") == "OK +34911000000 unknown\n");
    CHECK(ask("911 000 000\n") == "OK +34911000000 unknown\n");           // the bare form takes the whole line
    CHECK(ask("hello\n").startsWith("ERROR "));
    CHECK(ask("CALL\n").startsWith("ERROR no number"));
    CHECK(socket.state() == QAbstractSocket::ConnectedState);
    REQUIRE(waitUntil([&] { return calls.size() == 4; }, 2000));
    CHECK(calls.at(1).at(1).toString() == s("Ana from the PBX"));
    CHECK(calls.at(2).at(1).toString() == s("Juan"));
    CHECK(calls.at(3).at(0).toString() == s("+34911000000"));

    // Invalid UTF-8 or control characters: an error, and the connection is closed.
    CHECK(ask("+34600\xff\xfe\n").startsWith("ERROR "));
    CHECK(waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 3000));
    CHECK(exchange(f.port(), QByteArray("6001\x00" "12233\n", 12)).startsWith("ERROR "));
    QTest::qWait(50);
    CHECK(calls.size() == 4);
}

TEST_CASE("caller listener: binary garbage and oversize input are refused without growing memory")
{
    Fixture f;
    QSignalSpy calls(f.listener.get(), &CallerListener::incomingCall);
    QByteArray garbage(4096, '\0');
    auto *rng = QRandomGenerator::global();
    for (char &c : garbage)
        c = char(rng->bounded(256));
    garbage[100] = '\n';
    QAbstractSocket::SocketState end;
    CHECK(exchange(f.port(), garbage, &end).startsWith("ERROR"));
    CHECK(end == QAbstractSocket::UnconnectedState);

    // A text line over 2 KB, with or without its newline, and a megabyte that never ends.
    CHECK(exchange(f.port(), QByteArray(3000, '6') + '\n') == "ERROR line too long\n");
    CHECK(exchange(f.port(), QByteArray(3000, '6')) == "ERROR line too long\n");
    CHECK(exchange(f.port(), QByteArray(1 << 20, 'x'), &end) == "ERROR line too long\n");
    CHECK(end == QAbstractSocket::UnconnectedState);
    // HTTP: a request line over 2 KB, a head over 8 KB.
    CHECK(statusOf(exchange(f.port(), "GET /call?number=" + QByteArray(3000, '6') + " HTTP/1.1\r\n\r\n")) == 414);
    QByteArray head = "GET /call?number=600112233 HTTP/1.1\r\n";
    for (int i = 0; i < 200; ++i)
        head += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(60, 'a') + "\r\n";
    CHECK(statusOf(exchange(f.port(), head + "\r\n")) == 431);
    CHECK(statusOf(exchange(f.port(), head)) == 431);
    QTest::qWait(50);
    CHECK(calls.isEmpty());
    CHECK(f.listener->isListening());
    waitUntil([&] { return f.listener->connectionCount() == 0; }, 3000);
    CHECK(f.listener->connectionCount() == 0);
}

TEST_CASE("caller listener: a slow client is cut off by the request timeout")
{
    CallerListenerOptions options;
    options.requestTimeoutMs = 150;
    Fixture f(options);
    QSignalSpy calls(f.listener.get(), &CallerListener::incomingCall);

    // Slowloris: a byte every 40 ms never finishes the request within the timeout.
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, f.port());
    REQUIRE(waitUntil([&] { return slow.state() == QAbstractSocket::ConnectedState; }, 3000));
    const QByteArray request = "GET /call?number=600112233 HTTP/1.1\r\n\r\n";
    QByteArray got;
    for (int i = 0; i < request.size() && slow.state() == QAbstractSocket::ConnectedState; ++i) {
        slow.write(request.mid(i, 1));
        waitUntil([&] { got += slow.readAll(); return slow.state() != QAbstractSocket::ConnectedState; }, 40);
    }
    waitUntil([&] { got += slow.readAll(); return slow.state() == QAbstractSocket::UnconnectedState; }, 3000);
    got += slow.readAll();
    CHECK(statusOf(got) == 408);
    CHECK(slow.state() == QAbstractSocket::UnconnectedState);

    // An idle text connection, and one that connects and says nothing.
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, f.port());
    REQUIRE(waitUntil([&] { return idle.state() == QAbstractSocket::ConnectedState; }, 3000));
    idle.write("600112233\n");
    REQUIRE(waitUntil([&] { return idle.canReadLine(); }, 3000));
    CHECK(idle.readLine().startsWith("OK "));
    REQUIRE(waitUntil([&] { return idle.state() == QAbstractSocket::UnconnectedState; }, 3000));
    CHECK(idle.readAll() == "ERROR timeout\n");
    CHECK(exchange(f.port(), QByteArray()) == "ERROR timeout\n");
    QTest::qWait(20);
    CHECK(calls.size() == 1);
}

TEST_CASE("caller listener: floods of connections and calls are bounded")
{
    CallerListenerOptions options;
    options.maxConnections = 32;
    options.maxCallsPerSecond = 10;
    Fixture f(options);
    QSignalSpy calls(f.listener.get(), &CallerListener::incomingCall);

    // 40 connections at once: 32 are kept, the rest closed at once.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 40; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, f.port());
    }
    auto closedCount = [&] {
        int n = 0;
        for (const auto &sock : sockets)
            n += sock->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
        return n;
    };
    waitUntil([&] { return f.listener->connectionCount() == 32 && closedCount() == 8; }, 5000);
    CHECK(f.listener->connectionCount() == 32);
    CHECK(closedCount() == 8);
    sockets.clear();
    REQUIRE(waitUntil([&] { return f.listener->connectionCount() == 0; }, 5000));

    // 15 HTTP calls within one second of the listener's clock: 10 answered, 5 told to wait.
    int ok = 0, busy = 0;
    for (int i = 0; i < 15; ++i) {
        const int status = statusOf(exchange(f.port(), "GET /call?number=600112233 HTTP/1.1\r\n\r\n"));
        ok += status == 200 ? 1 : 0;
        busy += status == 429 ? 1 : 0;
    }
    CHECK(ok == 10);
    CHECK(busy == 5);
    waitUntil([&] { return calls.size() == 10; }, 2000);
    CHECK(calls.size() == 10);

    // A second later: calls are answered again; a flood of lines on one connection hits the limit too.
    f.now += 1000;
    QTcpSocket lines;
    lines.connectToHost(QHostAddress::LocalHost, f.port());
    REQUIRE(waitUntil([&] { return lines.state() == QAbstractSocket::ConnectedState; }, 3000));
    QByteArray many;
    for (int i = 0; i < 12; ++i)
        many += "CALL 600112233\n";
    lines.write(many);
    QList<QByteArray> answers;
    waitUntil([&] {
        while (lines.canReadLine())
            answers << lines.readLine();
        return answers.size() == 12;
    }, 3000);
    REQUIRE(answers.size() == 12);
    CHECK(answers.count("BUSY\n") == 2);
    CHECK(answers.at(0).startsWith("OK +34600112233 contact"));
    waitUntil([&] { return calls.size() == 20; }, 2000);
    CHECK(calls.size() == 20);
}

TEST_CASE("caller listener: with a token, requests without it are refused")
{
    CallerListenerOptions options;
    options.token = s("s3cret");
    Fixture f(options);
    QSignalSpy calls(f.listener.get(), &CallerListener::incomingCall);
    CHECK(statusOf(exchange(f.port(), "GET /call?number=600112233 HTTP/1.1\r\n\r\n")) == 403);
    CHECK(statusOf(exchange(f.port(), "GET /call?number=600112233&token=wrong HTTP/1.1\r\n\r\n")) == 403);
    CHECK(statusOf(exchange(f.port(), "GET /call?number=600112233&token=s3cret HTTP/1.1\r\n\r\n")) == 200);
    CHECK(statusOf(exchange(f.port(), "GET /call?number=600112233 HTTP/1.1\r\nX-Trato-Token: s3cret\r\n\r\n")) == 200);
    CHECK(statusOf(exchange(f.port(), "GET /call?number=600112233 HTTP/1.1\r\nAuthorization: Bearer s3cret\r\n\r\n")) == 200);
    CHECK(exchange(f.port(), "CALL 600112233\n") == "DENIED\n");
    CHECK(exchange(f.port(), "wrong CALL 600112233\n") == "DENIED\n");
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.port());
    REQUIRE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000));
    socket.write("s3cret CALL 600112233 Ana\n");
    REQUIRE(waitUntil([&] { return socket.canReadLine(); }, 3000));
    CHECK(socket.readLine().startsWith("OK +34600112233 contact"));
    REQUIRE(waitUntil([&] { return calls.size() == 4; }, 2000));
    CHECK(calls.at(3).at(1).toString() == s("Ana"));
}
