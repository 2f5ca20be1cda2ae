// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/sync: the pull's fast path (syncfastapply.h) reads the server's JSON texts with
// this instead of QJsonDocument: no document, no QJsonValue per member, strings not copied.

#include <QString>
#include <QStringView>

namespace trato::SyncDetail {

// One scalar member of a JSON object, decoded as QJsonDocument + ValueCodec::fromJson decode it:
// true/false -> 1/0, a number -> an integer when integral and |x| < 2^53, else a real.
struct JsonScalar
{
    enum Kind : quint8 { Null, Integer, Real, String };
    Kind kind = Null;
    qint64 integer = 0;
    double real = 0;
    QString text; // String: a view on the scanned text (no copy) unless it had escapes
};

// Reads a JSON object whose members are all scalars, member by member, in the text's order, with
// or without spaces. It stops (failed()) at anything else: a nested object or array (big integers
// and blobs travel as {"i": ...} / {"b64": ...}), a control character or a lone surrogate in a
// string, a number out of range, bad syntax. Callers then fall back to QJsonDocument. The text must outlive the values.
class FlatJsonReader
{
public:
    explicit FlatJsonReader(QStringView text) : m_p(text.data()), m_end(text.data() + text.size()) {}
    // The next member; false at the end of the object or on failure.
    bool next();
    bool failed() const { return m_failed; }
    QStringView key() const { return m_key; }
    const JsonScalar &value() const { return m_value; }

private:
    enum State : quint8 { Start, Member, Done };
    bool fail()
    {
        m_failed = true;
        m_state = Done;
        return false;
    }
    void skipSpace();
    bool readString(QString *decoded, QStringView *view);
    bool readNumber();
    bool readWord(QLatin1String word);

    const QChar *m_p;
    const QChar *m_end;
    State m_state = Start;
    bool m_failed = false;
    QStringView m_key;
    QString m_keyBuffer;
    JsonScalar m_value;
};

} // namespace trato::SyncDetail
