// SPDX-License-Identifier: GPL-3.0-or-later
#include "callerlistener.h"

#include "callerlookup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace trato {

// What the listener knows about one connection; a child of its socket, so it goes with it.
class CallerConnection : public QObject
{
public:
    enum Mode { Unknown, Http, Line };
    explicit CallerConnection(QObject *parent) : QObject(parent), timer(new QTimer(this)) { timer->setSingleShot(true); }
    QByteArray buffer;
    Mode mode = Unknown;
    bool closing = false;
    QTimer *timer;
};

namespace {


// Text a person or a PBX could have sent: valid UTF-8 without control characters (tab allowed).
bool isCleanText(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

const QRegularExpression &requestLinePattern()
{
    static const QRegularExpression re(QStringLiteral("^([A-Z]{1,16}) (\\S{1,2040}) HTTP/1\\.[01]$"));
    return re;
}

// Whether what arrived so far is (the start of) an HTTP request, to answer a timeout or an
// oversize line in the client's protocol.
bool looksLikeHttp(const QByteArray &start)
{
    static const QRegularExpression method(QStringLiteral("^(GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH|CONNECT|TRACE)( |$)"));
    if (start.size() < 3)
        return !start.isEmpty() && QByteArrayLiteral("GET").startsWith(start);
    return method.match(QString::fromLatin1(start.left(20))).hasMatch();
}

QByteArray reason(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 400: return QByteArrayLiteral("Bad Request");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 414: return QByteArrayLiteral("URI Too Long");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    default: return QByteArrayLiteral("Error");
    }
}

QByteArray httpResponse(int status, const QJsonObject &body, const QByteArray &extraHeaders = {})
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n';
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n"
           "Content-Type: application/json; charset=utf-8\r\n"
           "Content-Length: " + QByteArray::number(json.size()) + "\r\n"
           "Cache-Control: no-store\r\n"
           "Connection: close\r\n" + extraHeaders + "\r\n" + json;
}

QByteArray httpError(int status, const QString &message, const QByteArray &extraHeaders = {})
{
    QJsonObject o;
    o.insert(QStringLiteral("error"), message);
    return httpResponse(status, o, extraHeaders);
}

QByteArray line(const QString &text)
{
    // One line whatever the names hold.
    QString t = text;
    t.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t.toUtf8() + '\n';
}

// Compares without stopping at the first difference, so the time taken does not reveal the token.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

CallerListener::CallerListener(Database &db, const QString &region, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_region(region)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
}

CallerListener::~CallerListener()
{
    stop();
}

void CallerListener::setOptions(const CallerListenerOptions &options)
{
    m_options = options;
}

void CallerListener::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

bool CallerListener::isLoopback(const QString &bindAddress)
{
    const QString a = bindAddress.trimmed();
    if (a.isEmpty() || a.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(a);
    return !address.isNull() && address.isLoopback();
}

Status CallerListener::start()
{
    stop();
    QList<QHostAddress> addresses;
    const QString configured = m_options.bindAddress.trimmed();
    if (configured.isEmpty() || configured.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        addresses << QHostAddress(QHostAddress::LocalHost) << QHostAddress(QHostAddress::LocalHostIPv6);
    } else if (configured == QLatin1String("*") || configured.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0) {
        addresses << QHostAddress(QHostAddress::Any);
    } else {
        const QHostAddress address(configured);
        if (address.isNull())
            return Error::badInput(tr("The bind address \"%1\" is not an IP address (such as 127.0.0.1, 192.168.1.10 or ::1).")
                                       .arg(configured));
        addresses << address;
    }
    quint16 port = m_options.port;
    for (int i = 0; i < addresses.size(); ++i) {
        auto *server = new QTcpServer(this);
        server->setMaxPendingConnections(m_options.maxConnections);
        if (!server->listen(addresses.at(i), port)) {
            const QString why = server->errorString();
            delete server;
            // ::1 is a bonus: a system without IPv6 still listens on 127.0.0.1.
            if (i > 0 && addresses.at(i) == QHostAddress(QHostAddress::LocalHostIPv6))
                continue;
            stop();
            return Error::failure(tr("Cannot listen for calls on %1 port %2: %3")
                                      .arg(addresses.at(i).toString())
                                      .arg(port)
                                      .arg(why));
        }
        port = server->serverPort(); // with port 0, the second address takes the port the first got
        connect(server, &QTcpServer::newConnection, this, [this, server] { acceptConnections(server); });
        m_servers << server;
    }
    return {};
}

void CallerListener::stop()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

bool CallerListener::isListening() const
{
    return !m_servers.isEmpty();
}

QList<QHostAddress> CallerListener::serverAddresses() const
{
    QList<QHostAddress> out;
    for (const QTcpServer *server : m_servers)
        out << server->serverAddress();
    return out;
}

quint16 CallerListener::serverPort() const
{
    return m_servers.isEmpty() ? 0 : m_servers.first()->serverPort();
}

void CallerListener::acceptConnections(QTcpServer *server)
{
    while (server->hasPendingConnections()) {
        QTcpSocket *socket = server->nextPendingConnection();
        if (m_connections >= m_options.maxConnections) {
            socket->abort(); // a flood: no answer, no buffer
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        // Qt stops reading from the system when this much is unread: memory stays bounded.
        socket->setReadBufferSize(CallerListenerOptions::MaxHeaderBytes + 1);
        auto *state = new CallerConnection(socket);
        m_states.insert(socket, state);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_states.remove(socket); });
        state->timer->setInterval(m_options.requestTimeoutMs);
        connect(state->timer, &QTimer::timeout, socket, [this, socket, state] {
            if (state->closing) {
                socket->abort(); // the peer does not take its answer: give up on it
                return;
            }
            if (state->mode == CallerConnection::Http || (state->mode == CallerConnection::Unknown && looksLikeHttp(state->buffer)))
                finish(socket, {httpError(408, tr("The request took too long.")), true, {}, {}});
            else
                finish(socket, {line(QStringLiteral("ERROR timeout")), true, {}, {}});
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_connections;
            socket->deleteLater();
        });
        state->timer->start();
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void CallerListener::finish(QTcpSocket *socket, const Answer &answer)
{
    CallerConnection *state = m_states.value(socket);
    socket->write(answer.bytes);
    if (answer.close && state) {
        state->closing = true;
        state->buffer.clear();
        state->timer->start(); // the answer must be taken within the timeout too
        socket->disconnectFromHost();
    }
    if (!answer.number.isEmpty()) {
        // Queued: whatever the receiver does (a window, a nested event loop) happens after this
        // connection's handling is over.
        const QString number = answer.number;
        const QString name = answer.name;
        QMetaObject::invokeMethod(this, [this, number, name] { Q_EMIT incomingCall(number, name); }, Qt::QueuedConnection);
    }
}

void CallerListener::readFrom(QTcpSocket *socket)
{
    CallerConnection *state = m_states.value(socket);
    if (!state)
        return;
    if (state->closing) {
        socket->read(socket->bytesAvailable()); // drained and dropped
        return;
    }
    // At most cap bytes are kept; the rest waits in Qt's buffer (bounded by setReadBufferSize)
    // until complete requests made room.
    const int cap = CallerListenerOptions::MaxHeaderBytes + 1;
    while (!state->closing && socket->bytesAvailable() > 0 && state->buffer.size() < cap) {
        state->buffer += socket->read(cap - state->buffer.size());
        processBuffer(socket, state);
    }
}

void CallerListener::processBuffer(QTcpSocket *socket, CallerConnection *state)
{
    while (!state->closing) {
        QByteArray &buf = state->buffer;
        if (state->mode == CallerConnection::Unknown) {
            const qsizetype nl = buf.indexOf('\n');
            if (nl < 0) {
                if (buf.size() > CallerListenerOptions::MaxLineBytes) {
                    if (looksLikeHttp(buf))
                        finish(socket, {httpError(414, tr("The request line is longer than %1 bytes.").arg(CallerListenerOptions::MaxLineBytes)), true, {}, {}});
                    else
                        finish(socket, {line(QStringLiteral("ERROR line too long")), true, {}, {}});
                }
                return;
            }
            QByteArray first = buf.left(nl);
            if (first.endsWith('\r'))
                first.chop(1);
            if (nl > CallerListenerOptions::MaxLineBytes) {
                finish(socket, {looksLikeHttp(buf) ? httpError(414, tr("The request line is longer than %1 bytes.").arg(CallerListenerOptions::MaxLineBytes))
                                                   : line(QStringLiteral("ERROR line too long")),
                                true, {}, {}});
                return;
            }
            state->mode = requestLinePattern().match(QString::fromLatin1(first)).hasMatch() ? CallerConnection::Http : CallerConnection::Line;
            if (state->mode == CallerConnection::Http && !isCleanText(first)) {
                finish(socket, {httpError(400, tr("The request is not valid UTF-8 text.")), true, {}, {}});
                return;
            }
        }
        if (state->mode == CallerConnection::Http) {
            qsizetype end = buf.indexOf("\r\n\r\n");
            qsizetype endLength = 4;
            const qsizetype bare = buf.indexOf("\n\n");
            if (bare >= 0 && (end < 0 || bare < end)) {
                end = bare;
                endLength = 2;
            }
            if (end < 0) {
                if (buf.size() > CallerListenerOptions::MaxHeaderBytes)
                    finish(socket, {httpError(431, tr("The request head is longer than %1 bytes.").arg(CallerListenerOptions::MaxHeaderBytes)), true, {}, {}});
                return;
            }
            if (end + endLength > CallerListenerOptions::MaxHeaderBytes) {
                finish(socket, {httpError(431, tr("The request head is longer than %1 bytes.").arg(CallerListenerOptions::MaxHeaderBytes)), true, {}, {}});
                return;
            }
            finish(socket, handleHttp(buf.left(end)));
            return;
        }
        // Text lines: each complete one is answered; a partial one waits (within its limit).
        const qsizetype nl = buf.indexOf('\n');
        if (nl < 0) {
            if (buf.size() > CallerListenerOptions::MaxLineBytes)
                finish(socket, {line(QStringLiteral("ERROR line too long")), true, {}, {}});
            return;
        }
        if (nl > CallerListenerOptions::MaxLineBytes) {
            finish(socket, {line(QStringLiteral("ERROR line too long")), true, {}, {}});
            return;
        }
        QByteArray text = buf.left(nl);
        buf.remove(0, nl + 1);
        if (text.endsWith('\r'))
            text.chop(1);
        if (text.trimmed().isEmpty())
            continue;
        const Answer answer = handleLine(text);
        if (!answer.close)
            state->timer->start(); // a complete request: the connection may wait for the next one
        finish(socket, answer);
    }
}

CallerListener::Answer CallerListener::handleHttp(const QByteArray &head)
{
    if (!isCleanText(QByteArray(head).replace("\r\n", "").replace('\n', "")))
        return {httpError(400, tr("The request is not valid UTF-8 text.")), true, {}, {}};
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    const auto request = requestLinePattern().match(QString::fromLatin1(lines.takeFirst()));
    if (!request.hasMatch())
        return {httpError(400, tr("The request line is not HTTP.")), true, {}, {}};
    QHash<QByteArray, QByteArray> headers;
    for (const QByteArray &l : std::as_const(lines)) {
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            return {httpError(400, tr("A header line has no name.")), true, {}, {}};
        headers.insert(l.left(colon).trimmed().toLower(), l.mid(colon + 1).trimmed());
    }
    const QString method = request.captured(1);
    const QUrl url(request.captured(2), QUrl::StrictMode);
    if (!url.isValid() || url.path(QUrl::FullyDecoded) != QLatin1String("/call"))
        return {httpError(404, tr("Not found: calls are announced with GET /call?number=...")), true, {}, {}};
    if (method != QLatin1String("GET"))
        return {httpError(405, tr("Only GET is accepted."), QByteArrayLiteral("Allow: GET\r\n")), true, {}, {}};
    // A web page the user visits could make the browser call us; a PBX or curl never sends these.
    if (headers.contains("origin") || headers.contains("sec-fetch-site") || headers.contains("sec-fetch-mode"))
        return {httpError(403, tr("Calls cannot be announced from a web browser.")), true, {}, {}};

    const QUrlQuery query(url);
    // Percent-decoded bytes must be UTF-8 text too.
    auto decoded = [&query](const QString &key, QString *out) {
        const QByteArray raw = QByteArray::fromPercentEncoding(query.queryItemValue(key, QUrl::FullyEncoded).toLatin1());
        if (!isCleanText(raw))
            return false;
        *out = QString::fromUtf8(raw);
        return true;
    };
    QString number, name, token;
    if (!decoded(QStringLiteral("number"), &number) || !decoded(QStringLiteral("name"), &name) || !decoded(QStringLiteral("token"), &token))
        return {httpError(400, tr("The request is not valid UTF-8 text.")), true, {}, {}};
    if (token.isEmpty())
        token = QString::fromUtf8(headers.value("x-trato-token"));
    if (token.isEmpty() && headers.value("authorization").startsWith("Bearer "))
        token = QString::fromUtf8(headers.value("authorization").mid(7).trimmed());
    if (!tokenMatches(token))
        return {httpError(403, tr("The token is missing or wrong.")), true, {}, {}};
    if (!query.hasQueryItem(QStringLiteral("number")) || number.trimmed().isEmpty())
        return {httpError(400, tr("The number parameter is missing: GET /call?number=...")), true, {}, {}};
    // Form encoding writes spaces in names as '+'; a number keeps its '+'.
    name.replace(QLatin1Char('+'), QLatin1Char(' '));
    // format=name: the best match's name as plain text (empty when unknown), for PBX caller-name
    // lookups (FreePBX "CallerID Lookup Sources") that show the whole body as the name.
    QString format;
    decoded(QStringLiteral("format"), &format);
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("name"))
        return {httpError(400, tr("format must be json or name, not \"%1\".").arg(format.left(40))), true, {}, {}};
    return call(number, name.simplified(), format == QLatin1String("name") ? Reply::HttpName : Reply::HttpJson);
}

CallerListener::Answer CallerListener::handleLine(const QByteArray &bytes)
{
    if (!isCleanText(bytes))
        return {line(QStringLiteral("ERROR not UTF-8 text")), true, {}, {}};
    QStringList words = QString::fromUtf8(bytes).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!m_options.token.isEmpty()) {
        if (words.isEmpty() || !tokenMatches(words.takeFirst()))
            return {line(QStringLiteral("DENIED")), true, {}, {}};
    }
    QString number, name;
    if (!words.isEmpty() && words.first().compare(QLatin1String("CALL"), Qt::CaseInsensitive) == 0) {
        words.removeFirst();
        if (words.isEmpty())
            return {line(QStringLiteral("ERROR no number: CALL NUMBER [NAME]")), false, {}, {}};
        number = words.takeFirst();
        name = words.join(QLatin1Char(' '));
    } else {
        number = words.join(QLatin1Char(' ')); // "+34 600 11 22 33" as one number
    }
    return call(number, name, Reply::Line);
}

CallerListener::Answer CallerListener::call(const QString &number, const QString &name, Reply reply)
{
    const bool http = reply != Reply::Line;
    auto key = CallerLookup::normalize(number, m_region);
    if (!key) {
        if (http)
            return {httpError(400, key.error().message), true, {}, {}};
        return {line(QStringLiteral("ERROR ") + key.error().message), false, {}, {}};
    }
    if (!allowCall()) {
        if (http)
            return {httpError(429, tr("Too many calls at once; try again in a second."), QByteArrayLiteral("Retry-After: 1\r\n")), true, {}, {}};
        return {line(QStringLiteral("BUSY")), false, {}, {}};
    }
    const QString callerName = name.left(200);
    auto result = CallerLookup(m_db, m_region).lookup(number);
    if (!result) {
        // The database failed (locked, gone): still announce the call, the window shows the number.
        if (http)
            return {httpError(500, result.error().message), true, key.value(), callerName};
        return {line(QStringLiteral("ERROR ") + result.error().message), false, key.value(), callerName};
    }
    const CallerLookupResult &r = result.value();
    if (reply == Reply::HttpName) {
        const QByteArray body = r.known() ? r.matches.first().name.toUtf8() : QByteArray();
        return {"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
                    + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + body,
                true, r.number, callerName};
    }
    if (http)
        return {httpResponse(200, CallerLookup::toJson(r, callerName)), true, r.number, callerName};
    if (!r.known())
        return {line(QStringLiteral("OK %1 unknown").arg(r.number)), false, r.number, callerName};
    const CallerMatch &m = r.matches.first();
    return {line(QStringLiteral("OK %1 %2 %3 %4").arg(r.number, m.entity, m.id, m.name)), false, r.number, callerName};
}

bool CallerListener::tokenMatches(const QString &given) const
{
    if (m_options.token.isEmpty())
        return true;
    return sameSecret(given.toUtf8(), m_options.token.toUtf8());
}

bool CallerListener::allowCall()
{
    const qint64 now = m_clock();
    while (!m_recentCalls.isEmpty() && now - m_recentCalls.first() >= 1000)
        m_recentCalls.removeFirst();
    if (m_recentCalls.size() >= m_options.maxCallsPerSecond)
        return false;
    m_recentCalls << now;
    return true;
}

} // namespace trato
