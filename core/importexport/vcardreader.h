// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../util/result.h"

#include <QFile>
#include <QMap>
#include <QStringList>

namespace trato {

// One contact read from a vCard, as generic keys (see VCardReader::keys()) the importer maps onto
// the entity's fields: first_name, last_name, organization, department, title, phone, mobile,
// home_phone, email, email2, website, street, city, province, postal_code, country, birthday, note.
struct VCard
{
    qint64 line = 0;                 // where BEGIN:VCARD is
    QString version;                 // "2.1", "3.0", "4.0"
    QMap<QString, QString> values;
};

// Reads vCard 2.1, 3.0 and 4.0 files (RFC 2426, RFC 6350 and the 2.1 specification) one card at a
// time: folded lines, backslash escapes (\\ \; \, \n), structured N/ADR/ORG values, 2.1's
// QUOTED-PRINTABLE with soft line breaks and CHARSET, several TEL and EMAIL with TYPE parameters
// (work/cell/home -> phone/mobile/home_phone; emails -> email, email2). Text without a CHARSET is
// UTF-8, or Windows-1252 when it is not valid UTF-8. Errors name the file and the line.
class VCardReader
{
public:
    Status open(const QString &path);
    bool next(VCard *card);          // false at the end or on an error (status())
    Status status() const { return m_status; }
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }
    QString fileName() const { return m_name; }

    static const QStringList &keys();
    // Whether a file looks like a vCard (its first non-empty line is BEGIN:VCARD).
    static bool sniff(const QString &path);

private:
    bool readLogical(QByteArray *line, qint64 *lineNumber);
    bool fail(qint64 line, const QString &message);

    QFile m_file;
    QString m_name;
    qint64 m_line = 0;
    QByteArray m_pending;            // a physical line read ahead while unfolding
    bool m_hasPending = false;
    Status m_status;
};

} // namespace trato
