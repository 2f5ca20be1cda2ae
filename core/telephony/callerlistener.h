// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace trato {

class CallerConnection;
class Database;

struct CallerListenerOptions
{
    quint16 port = 5577;          // 0: any free port (tests)
    QString bindAddress;          // "": loopback only (127.0.0.1, and ::1 when the system has it)
    QString token;                // "": none; else every request must carry it
    int requestTimeoutMs = 5000;  // a connection must finish a request within this (slowloris)
    int maxConnections = 32;      // more at the same time are closed at once
    int maxCallsPerSecond = 10;   // more are answered 429 / BUSY

    static constexpr int MaxLineBytes = 2048;    // a text line or the HTTP request line
    static constexpr int MaxHeaderBytes = 8192;  // the whole HTTP request head
    static constexpr quint16 DefaultPort = 5577;
};

// A small local server that PBXs and softphones tell about incoming calls (docs/TELEPHONY.md). Off
// unless someone starts it; by default it binds the loopback interfaces only. Two protocols share
// the port, told apart by the first line:
//   HTTP:  GET /call?number=%2B34600112233&name=Ana%20Ruiz[&token=T] HTTP/1.1  -> 200 + the match
//          as JSON (CallerLookup::toJson), or with &format=name the best match's name as plain
//          text (PBX caller-name lookups); 400 bad or missing number, 403 wrong token or a browser
//          (Origin / Sec-Fetch-* headers), 404 other paths, 405 other methods, 408 too slow, 414/431
//          too long, 429 over the rate limit. Always "Connection: close".
//   Text:  "+34600112233\n" or "CALL +34600112233 [NAME...]\n" (with a token: "TOKEN CALL ...")
//          -> one line: "OK NUMBER ENTITY ID NAME", "OK NUMBER unknown", "ERROR MESSAGE", "BUSY",
//          "DENIED". Several lines may follow on one connection until it is idle for the timeout.
// Bytes are capped per connection (the Qt read buffer too), invalid UTF-8 and control characters
// are refused with 400 / ERROR and the connection closed. Every valid call emits incomingCall once,
// queued, after the answer was written. Lives on the thread that made it (the GUI's, the CLI's).
class CallerListener : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    CallerListener(Database &db, const QString &region, QObject *parent = nullptr);
    ~CallerListener() override;

    void setOptions(const CallerListenerOptions &options); // takes effect at the next start()
    const CallerListenerOptions &options() const { return m_options; }
    // The clock of the rate limit (tests make a second last as long as they need).
    void setClock(Clock clock);

    // Binds; the error names the address and port and why (in use, not an address of this machine).
    Status start();
    void stop();
    bool isListening() const;
    QList<QHostAddress> serverAddresses() const;
    quint16 serverPort() const;
    int connectionCount() const { return m_connections; }

    // Whether a configured bind address keeps the listener on this machine ("" counts as loopback).
    static bool isLoopback(const QString &bindAddress);

Q_SIGNALS:
    // The normalized number (E.164 when valid in the region) and the name the caller sent, if any.
    void incomingCall(const QString &number, const QString &name);

private:
    struct Answer
    {
        QByteArray bytes;
        bool close = true;
        QString number; // set when a call is to be announced
        QString name;
    };

    void acceptConnections(QTcpServer *server);
    void readFrom(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket, CallerConnection *state);
    void finish(QTcpSocket *socket, const Answer &answer);
    Answer handleHttp(const QByteArray &head);
    Answer handleLine(const QByteArray &line);
    enum class Reply { HttpJson, HttpName, Line };
    Answer call(const QString &number, const QString &name, Reply reply);
    bool tokenMatches(const QString &given) const;
    bool allowCall();

    Database &m_db;
    QString m_region;
    CallerListenerOptions m_options;
    Clock m_clock;
    QList<QTcpServer *> m_servers;
    QList<qint64> m_recentCalls; // times of the calls of the last second
    QHash<QTcpSocket *, CallerConnection *> m_states; // each state is a child of its socket
    int m_connections = 0;
};

} // namespace trato
