// SPDX-License-Identifier: GPL-3.0-or-later
#include "newcalllistdialog.h"

#include "search/segmentstore.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace trato {

NewCallListDialog::NewCallListDialog(Database &db, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newCallListDialog"));
    setWindowTitle(tr("New call list"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("callListName"));
    m_name->setPlaceholderText(tr("e.g. Autumn fair follow-up"));
    m_fromSegment = new QRadioButton(tr("From a saved &segment"));
    m_fromCampaign = new QRadioButton(tr("From a &campaign's members"));
    m_segment = new QComboBox;
    m_segment->setObjectName(QStringLiteral("segmentBox"));
    m_segment->setAccessibleName(tr("Segment"));
    m_campaign = new QComboBox;
    m_campaign->setObjectName(QStringLiteral("campaignBox"));
    m_campaign->setAccessibleName(tr("Campaign"));
    m_script = new QComboBox;
    m_script->setObjectName(QStringLiteral("scriptBox"));
    m_script->setAccessibleName(tr("Call script"));

    // Segments of people only: call lists call contacts and leads.
    if (auto segments = SegmentStore(db).list(); segments.ok())
        for (const Segment &s : segments.value())
            if (s.entity == QLatin1String("contact") || s.entity == QLatin1String("lead"))
                m_segment->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.entity == QLatin1String("contact") ? tr("contacts") : tr("leads")), s.id);
    RecordStore store(db);
    auto fill = [&](QComboBox *box, const char *entity) {
        ListQuery q;
        q.entity = QString::fromLatin1(entity);
        q.columns = {QStringLiteral("name")};
        q.limit = 500;
        if (auto records = store.list(q); records.ok())
            for (const Record &r : records.value())
                box->addItem(r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("id")));
    };
    fill(m_campaign, "campaign");
    m_script->addItem(tr("(no script)"), QString());
    fill(m_script, "call_script");
    if (m_script->count() > 1)
        m_script->setCurrentIndex(1);
    m_fromSegment->setEnabled(m_segment->count() > 0);
    m_fromCampaign->setEnabled(m_campaign->count() > 0);
    (m_segment->count() > 0 ? m_fromSegment : m_fromCampaign)->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_fromSegment, m_segment);
    form->addRow(m_fromCampaign, m_campaign);
    form->addRow(tr("Sc&ript:"), m_script);
    auto *hint = new QLabel(tr("People marked do-not-call and people without a phone or mobile are left out; the list tells "
                               "you how many."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create list"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewCallListDialog::updateState);
    connect(m_fromSegment, &QRadioButton::toggled, this, &NewCallListDialog::updateState);
    updateState();
}

QString NewCallListDialog::name() const
{
    return m_name->text().trimmed();
}

CallListService::Source NewCallListDialog::source() const
{
    CallListService::Source s;
    if (m_fromSegment->isChecked())
        s.segmentId = m_segment->currentData().toString();
    else
        s.campaignId = m_campaign->currentData().toString();
    return s;
}

QString NewCallListDialog::scriptId() const
{
    return m_script->currentData().toString();
}

void NewCallListDialog::updateState()
{
    m_segment->setEnabled(m_fromSegment->isChecked());
    m_campaign->setEnabled(m_fromCampaign->isChecked());
    const bool hasSource = (m_fromSegment->isChecked() && m_segment->count() > 0) || (m_fromCampaign->isChecked() && m_campaign->count() > 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() && hasSource);
}

} // namespace trato
