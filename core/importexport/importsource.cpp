// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsource.h"

#include "headermapping.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace trato {

namespace {

class CsvSource : public ImportSource
{
public:
    Status open(const QString &path, const CsvReaderOptions &options)
    {
        const Status s = m_reader.open(path, options);
        if (!s)
            return s;
        auto h = m_reader.header();
        if (!h)
            return h.error();
        m_headers = h.value();
        if (m_headers.isEmpty() || (m_headers.size() == 1 && m_headers.first().isEmpty()))
            return Error::badInput(QCoreApplication::translate("trato::Importer", "%1: line 1: the first line should name the columns, but it is empty")
                                       .arg(m_reader.fileName()));
        return {};
    }
    QStringList headers() const override { return m_headers; }
    bool next(QStringList *cells, qint64 *line) override
    {
        if (!m_reader.next(cells))
            return false;
        *line = m_reader.lineNumber();
        return true;
    }
    Status status() const override { return m_reader.status(); }
    qint64 bytesRead() const override { return m_reader.bytesRead(); }
    qint64 size() const override { return m_reader.size(); }
    QString fileName() const override { return m_reader.fileName(); }
    QString encoding() const override { return m_reader.encodingName(); }
    QChar delimiter() const override { return m_reader.delimiter(); }
    QStringList warnings() const override { return m_reader.warnings(); }
    ImportFormat format() const override { return ImportFormat::Csv; }

private:
    CsvReader m_reader;
    QStringList m_headers;
};

class VCardSource : public ImportSource
{
public:
    Status open(const QString &path) { return m_reader.open(path); }
    QStringList headers() const override { return VCardReader::keys(); }
    bool next(QStringList *cells, qint64 *line) override
    {
        VCard card;
        if (!m_reader.next(&card))
            return false;
        cells->clear();
        for (const auto &k : VCardReader::keys())
            *cells << card.values.value(k);
        *line = card.line;
        return true;
    }
    Status status() const override { return m_reader.status(); }
    qint64 bytesRead() const override { return m_reader.bytesRead(); }
    qint64 size() const override { return m_reader.size(); }
    QString fileName() const override { return m_reader.fileName(); }
    ImportFormat format() const override { return ImportFormat::VCard; }

private:
    VCardReader m_reader;
};

} // namespace

Result<std::unique_ptr<ImportSource>> ImportSource::open(const QString &path, ImportFormat format, const CsvReaderOptions &csv)
{
    if (format == ImportFormat::Auto) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        format = (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard") || VCardReader::sniff(path))
            ? ImportFormat::VCard : ImportFormat::Csv;
    }
    if (format == ImportFormat::VCard) {
        auto s = std::make_unique<VCardSource>();
        const Status st = s->open(path);
        if (!st)
            return st.error();
        return std::unique_ptr<ImportSource>(std::move(s));
    }
    auto s = std::make_unique<CsvSource>();
    const Status st = s->open(path, csv);
    if (!st)
        return st.error();
    return std::unique_ptr<ImportSource>(std::move(s));
}

QStringList ImportSource::vcardMapping(const Entity &entity)
{
    QStringList out;
    const auto importable = HeaderMapping::importableFields(entity);
    auto has = [&](const QString &name) {
        for (const Field *f : importable)
            if (f->name == name)
                return true;
        return false;
    };
    for (const auto &k : VCardReader::keys()) {
        QString f;
        if (k == QLatin1String("organization")) {
            for (const auto &c : {QStringLiteral("account"), QStringLiteral("company"), QStringLiteral("name")})
                if (f.isEmpty() && has(c) && !(entity.name == QLatin1String("account") && c == QLatin1String("account")))
                    f = c;
        } else if (k == QLatin1String("note")) {
            f = has(QStringLiteral("description")) ? QStringLiteral("description") : QString();
        } else if (has(k)) {
            f = k;
        }
        out << f;
    }
    return out;
}


} // namespace trato
