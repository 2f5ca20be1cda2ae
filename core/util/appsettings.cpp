// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

#include "../dedupe/matchkeys.h"
#include <QStandardPaths>

#include <memory>

namespace trato::AppSettings {

namespace {
// QSettings cannot be copied or moved; a fresh object per call is cheap (it shares one cache).
std::unique_ptr<QSettings> settings()
{
    return std::make_unique<QSettings>(QStringLiteral("Trato"), QStringLiteral("Trato"));
}

QString fileKey(const QString &path)
{
    // Paths contain '/' which QSettings treats as groups: hash them into a flat key.
    return QString::fromLatin1(QCryptographicHash::hash(QDir::cleanPath(path).toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}
} // namespace

QString language()
{
    return settings()->value(QStringLiteral("general/language")).toString();
}

void setLanguage(const QString &language)
{
    settings()->setValue(QStringLiteral("general/language"), language);
}

QString databasePath()
{
    return settings()->value(QStringLiteral("general/databasePath")).toString();
}

void setDatabasePath(const QString &path)
{
    settings()->setValue(QStringLiteral("general/databasePath"), path);
}

QString backupFolder()
{
    QString folder = settings()->value(QStringLiteral("general/backupFolder")).toString();
    if (folder.isEmpty()) {
        QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (docs.isEmpty())
            docs = QDir::homePath();
        folder = QDir(docs).filePath(QStringLiteral("Trato backups"));
    }
    return folder;
}

void setBackupFolder(const QString &folder)
{
    settings()->setValue(QStringLiteral("general/backupFolder"), folder);
}

QStringList listColumns(const QString &entity)
{
    return settings()->value(QStringLiteral("lists/%1/columns").arg(entity)).toStringList();
}

QStringList knownFields(const QString &entity)
{
    return settings()->value(QStringLiteral("lists/%1/known").arg(entity)).toStringList();
}

void setListColumns(const QString &entity, const QStringList &columns, const QStringList &known)
{
    auto s = settings();
    s->setValue(QStringLiteral("lists/%1/columns").arg(entity), columns);
    s->setValue(QStringLiteral("lists/%1/known").arg(entity), known);
}

QString savedPhoneRegion()
{
    return MatchKeys::normalizedRegion(settings()->value(QStringLiteral("general/phoneRegion")).toString());
}

QString phoneRegion()
{
    const QString saved = savedPhoneRegion();
    return saved.isEmpty() ? MatchKeys::systemRegion() : saved;
}

void setPhoneRegion(const QString &region)
{
    settings()->setValue(QStringLiteral("general/phoneRegion"), MatchKeys::normalizedRegion(region));
}

QByteArray windowGeometry()
{
    return settings()->value(QStringLiteral("window/geometry")).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    settings()->setValue(QStringLiteral("window/geometry"), geometry);
}

bool demoDeclined(const QString &databasePath)
{
    return settings()->value(QStringLiteral("demoDeclined/") + fileKey(databasePath), false).toBool();
}

void setDemoDeclined(const QString &databasePath, bool declined)
{
    settings()->setValue(QStringLiteral("demoDeclined/") + fileKey(databasePath), declined);
}

CallerListenerSettings callerListener()
{
    auto s = settings();
    CallerListenerSettings out;
    out.enabled = s->value(QStringLiteral("telephony/enabled"), false).toBool();
    bool ok = false;
    const int port = s->value(QStringLiteral("telephony/port"), out.port).toInt(&ok);
    if (ok && port > 0 && port < 65536)
        out.port = port;
    out.bindAddress = s->value(QStringLiteral("telephony/bindAddress")).toString().trimmed();
    out.token = s->value(QStringLiteral("telephony/token")).toString();
    return out;
}

void setCallerListener(const CallerListenerSettings &listener)
{
    auto s = settings();
    s->setValue(QStringLiteral("telephony/enabled"), listener.enabled);
    s->setValue(QStringLiteral("telephony/port"), listener.port);
    s->setValue(QStringLiteral("telephony/bindAddress"), listener.bindAddress.trimmed());
    s->setValue(QStringLiteral("telephony/token"), listener.token);
}

} // namespace trato::AppSettings
