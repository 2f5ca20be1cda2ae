// SPDX-License-Identifier: GPL-3.0-or-later
#include "addmembersdialog.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "search/segmentstore.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "util/background.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QPointer>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trato {

namespace {
// What the worker hands back: the query it ran (or why it could not build one) and the result.
struct Outcome
{
    Result<MemberAddResult> result = Error::failure(QString());
};
} // namespace

AddMembersDialog::AddMembersDialog(Database &db, const QString &campaignId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_campaign(campaignId)
    , m_entity(new QComboBox)
    , m_segment(new QComboBox)
    , m_search(new QLineEdit)
    , m_field(new QComboBox)
    , m_value(new QLineEdit)
    , m_preview(new QLabel)
    , m_progress(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_addButton(new QPushButton(tr("Add")))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("addMembersDialog"));
    const QString campaignName = RecordStore(db).displayName(QStringLiteral("campaign"), campaignId);
    setWindowTitle(tr("Add members to %1").arg(campaignName));
    for (const QString &name : CampaignService::memberEntities()) {
        const Entity *e = db.registry()->entity(name);
        m_entity->addItem(e ? e->displayPluralLabel() : name, name);
    }
    m_entity->setCurrentIndex(1); // contacts
    m_entity->setAccessibleName(tr("Records to add"));
    m_segment->setAccessibleName(tr("Segment"));
    m_segment->setObjectName(QStringLiteral("segment"));
    m_search->setPlaceholderText(tr("Search (every word is a prefix; empty: all)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Filter field"));
    m_value->setAccessibleName(tr("Filter value"));
    m_value->setPlaceholderText(tr("Value (as you would type it in the form)"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 3);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setDefault(true);
    m_addButton->setEnabled(false);
    m_buttons->addButton(m_addButton, QDialogButtonBox::ActionRole);

    auto *filter = new QHBoxLayout;
    filter->addWidget(m_field);
    filter->addWidget(new QLabel(QStringLiteral("=")));
    filter->addWidget(m_value, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Add:"), m_entity);
    form->addRow(tr("Se&gment:"), m_segment);
    form->addRow(tr("&Search:"), m_search);
    form->addRow(tr("Only where:"), filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AddMembersDialog::runPreview);
    connect(m_entity, &QComboBox::currentIndexChanged, this, [this] {
        fillFields();
        fillSegments();
        schedulePreview();
    });
    connect(m_segment, &QComboBox::currentIndexChanged, this, &AddMembersDialog::schedulePreview);
    connect(m_search, &QLineEdit::textChanged, this, &AddMembersDialog::schedulePreview);
    connect(m_field, &QComboBox::currentIndexChanged, this, &AddMembersDialog::schedulePreview);
    connect(m_value, &QLineEdit::textChanged, this, &AddMembersDialog::schedulePreview);
    connect(m_addButton, &QPushButton::clicked, this, &AddMembersDialog::startAdd);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddMembersDialog::reject);
    fillFields();
    fillSegments();
    runPreview();
}

void AddMembersDialog::fillSegments()
{
    const QSignalBlocker block(m_segment);
    m_segment->clear();
    m_segment->addItem(tr("(all records)"), QString());
    auto segments = SegmentStore(m_db).list(m_entity->currentData().toString());
    if (segments)
        for (const Segment &s : segments.value())
            m_segment->addItem(s.name, s.id);
    m_segment->setEnabled(m_segment->count() > 1);
}

AddMembersDialog::~AddMembersDialog()
{
    m_cancel->store(true);
}

void AddMembersDialog::fillFields()
{
    const QSignalBlocker block(m_field);
    m_field->clear();
    m_field->addItem(tr("(any field)"), QString());
    const Entity *e = m_db.registry()->entity(m_entity->currentData().toString());
    if (!e)
        return;
    for (const Field &f : e->fields) {
        if (f.system || !f.has(Field::InForm) || f.type == FieldType::LongText)
            continue;
        m_field->addItem(f.displayLabel(), f.name);
    }
}

Result<ListQuery> AddMembersDialog::buildQuery(Database &db) const
{
    ListQuery q;
    q.entity = m_entity->currentData().toString();
    const QString segment = m_segment->currentData().toString();
    if (!segment.isEmpty()) {
        // The segment's conditions and search; the search box and the filter narrow them further.
        auto saved = SegmentStore(db).query(segment);
        if (!saved)
            return saved.error();
        q.conditions = saved.value().conditions;
        q.search = saved.value().search;
    }
    const QString typed = m_search->text().trimmed();
    q.search = q.search.isEmpty() ? typed : (typed.isEmpty() ? q.search : q.search + QLatin1Char(' ') + typed);
    const QString field = m_field->currentData().toString();
    if (!field.isEmpty()) {
        auto v = RecordStore(db).parseInput(q.entity, {{field, m_value->text()}});
        if (!v)
            return v.error();
        q.where.append({field, v.value().value(field)});
    }
    return q;
}

void AddMembersDialog::schedulePreview()
{
    m_latest->store(++m_generation); // a count still running is for the old choice: stop and drop it
    m_previewReady = false;
    m_addButton->setEnabled(false);
    m_debounce.start();
}

void AddMembersDialog::runPreview()
{
    if (m_adding)
        return;
    m_previewReady = false;
    m_addButton->setEnabled(false);
    m_preview->setText(tr("Counting…"));
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    auto query = buildQuery(m_db); // parses the filter value (a relation may be looked up by name)
    if (!query) {
        m_preview->setText(query.error().message);
        m_previewReady = true;
        return;
    }
    const QString campaign = m_campaign;
    const ListQuery q = query.value();
    auto latest = m_latest;
    runInBackground(m_db, this, [campaign, q, latest, generation](Database &db) {
        Outcome o;
        o.result = CampaignService(db).addMembers(campaign, q, CampaignService::Mode::Preview,
                                                  [latest, generation](qint64) { return latest->load() == generation; });
        return o;
    }, [this, generation](Outcome o) {
        if (generation != m_generation || m_adding)
            return;
        m_previewReady = true;
        if (!o.result) {
            m_preview->setText(o.result.error().message);
            return;
        }
        m_preview->setText(describe(o.result.value(), true));
        m_addButton->setEnabled(o.result.value().added > 0);
    });
}

QString AddMembersDialog::previewText() const
{
    return m_preview->text();
}

QString AddMembersDialog::describe(const MemberAddResult &r, bool preview)
{
    const QLocale locale;
    QStringList parts;
    parts << (preview ? tr("%1 found: %2 will be added.") : tr("%1 found: %2 added."))
                 .arg(Value::formatInteger(r.matched, locale), Value::formatInteger(r.added, locale));
    if (r.alreadyMembers)
        parts << tr("%1 already in the campaign.").arg(Value::formatInteger(r.alreadyMembers, locale));
    if (r.skippedOptOut)
        parts << tr("%1 skipped: opted out of email.").arg(Value::formatInteger(r.skippedOptOut, locale));
    if (r.skippedDoNotCall)
        parts << tr("%1 skipped: do not call.").arg(Value::formatInteger(r.skippedDoNotCall, locale));
    if (r.flaggedOptOut)
        parts << tr("%1 opted out of email (added).").arg(Value::formatInteger(r.flaggedOptOut, locale));
    if (r.flaggedDoNotCall)
        parts << tr("%1 marked do not call (added).").arg(Value::formatInteger(r.flaggedDoNotCall, locale));
    return parts.join(QLatin1Char(' '));
}

void AddMembersDialog::startAdd()
{
    if (m_adding)
        return;
    auto query = buildQuery(m_db);
    if (!query) {
        m_preview->setText(query.error().message);
        return;
    }
    m_adding = true;
    m_latest->store(++m_generation);
    for (QWidget *w : {static_cast<QWidget *>(m_entity), static_cast<QWidget *>(m_segment), static_cast<QWidget *>(m_search),
                       static_cast<QWidget *>(m_field), static_cast<QWidget *>(m_value), static_cast<QWidget *>(m_addButton)})
        w->setEnabled(false);
    m_progress->setText(tr("Adding…"));
    const QString campaign = m_campaign;
    const ListQuery q = query.value();
    auto cancel = m_cancel;
    QPointer<QLabel> progressLabel = m_progress;
    runInBackground(m_db, this, [campaign, q, cancel, progressLabel](Database &db) {
        Outcome o;
        o.result = CampaignService(db).addMembers(campaign, q, CampaignService::Mode::Write, [cancel, progressLabel](qint64 done) {
            QMetaObject::invokeMethod(QCoreApplication::instance(), [progressLabel, done] {
                if (progressLabel)
                    progressLabel->setText(AddMembersDialog::tr("Adding… %1 records read").arg(Value::formatInteger(done)));
            }, Qt::QueuedConnection);
            return !cancel->load();
        });
        return o;
    }, [this](Outcome o) {
        m_adding = false;
        if (m_cancel->load()) {
            QDialog::reject();
            return;
        }
        if (!o.result) {
            m_progress->setText(o.result.error().message);
            for (QWidget *w : {static_cast<QWidget *>(m_entity), static_cast<QWidget *>(m_segment), static_cast<QWidget *>(m_search),
                               static_cast<QWidget *>(m_field), static_cast<QWidget *>(m_value)})
                w->setEnabled(true);
            schedulePreview();
            return;
        }
        m_result = o.result.value();
        m_summary = describe(m_result, false);
        accept();
    });
}

void AddMembersDialog::reject()
{
    if (m_adding) {
        // The worker stops at its next checkpoint and rolls back; the dialog closes when it has.
        m_cancel->store(true);
        m_progress->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace trato
