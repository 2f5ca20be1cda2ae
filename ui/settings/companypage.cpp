// SPDX-License-Identifier: GPL-3.0-or-later
#include "companypage.h"

#include "printing/documentprinter.h"
#include "util/dialogs.h"

#include "sales/printabledocument.h"
#include "store/database.h"
#include "store/transaction.h"
#include "util/background.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace trato {

CompanyPage::CompanyPage(Database &db, QDialog *dialog)
    : QWidget(dialog)
    , m_db(db)
    , m_address(new QPlainTextEdit)
    , m_logoInfo(new QLabel)
    , m_showLogo(new QCheckBox(tr("Show the logo")))
    , m_accent(new QLineEdit)
    , m_footer(new QLineEdit)
    , m_paper(new QComboBox)
    , m_preview(new QLabel)
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("companyPage"));
    const CompanyProfile p = CompanySettings::load(db);
    const DocumentLayout l = CompanySettings::loadLayout(db);

    // The company.
    auto *company = new QGroupBox(tr("Company (printed on quotes, orders and invoices)"));
    auto *form = new QFormLayout(company);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<QPair<QString, QString>> labels{{QStringLiteral("name"), tr("&Name:")},
                                                {QStringLiteral("tax_id"), tr("&Tax id:")},
                                                {QStringLiteral("phone"), tr("&Phone:")},
                                                {QStringLiteral("email"), tr("&Email:")},
                                                {QStringLiteral("website"), tr("&Website:")},
                                                {QStringLiteral("iban"), tr("&IBAN:")},
                                                {QStringLiteral("payment_terms"), tr("Default payment &terms:")}};
    for (const auto &[field, label] : labels) {
        auto *edit = new QLineEdit(CompanySettings::profileValue(p, field));
        edit->setObjectName(QStringLiteral("company_") + field);
        if (field == QLatin1String("iban"))
            edit->setText(CompanySettings::formatIban(p.iban));
        auto *labelWidget = new QLabel(label);
        labelWidget->setBuddy(edit);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        m_edits.insert(field, edit);
        form->addRow(labelWidget, edit);
        if (field == QLatin1String("tax_id")) {
            m_address->setObjectName(QStringLiteral("company_address"));
            m_address->setPlainText(p.address);
            m_address->setTabChangesFocus(true);
            m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
            auto *addressLabel = new QLabel(tr("A&ddress:"));
            addressLabel->setBuddy(m_address);
            m_address->setAccessibleName(tr("Address"));
            form->addRow(addressLabel, m_address);
        }
    }
    m_logo = p.logo;
    m_logoInfo->setObjectName(QStringLiteral("logoInfo"));
    auto *chooseLogo = new QPushButton(tr("C&hoose…"));
    chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    auto *removeLogo = new QPushButton(tr("Re&move"));
    removeLogo->setObjectName(QStringLiteral("removeLogo"));
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoInfo, 1);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    form->addRow(tr("Logo:"), logoRow);
    showLogoInfo();

    // The layout.
    auto *layoutBox = new QGroupBox(tr("Printed documents"));
    auto *lf = new QFormLayout(layoutBox);
    lf->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_showLogo->setObjectName(QStringLiteral("layoutShowLogo"));
    m_showLogo->setChecked(l.showLogo);
    lf->addRow(QString(), m_showLogo);
    m_accent->setObjectName(QStringLiteral("layoutAccent"));
    m_accent->setText(l.accentColor);
    m_accent->setAccessibleName(tr("Accent color"));
    auto *pickColor = new QPushButton(tr("Pic&k…"));
    auto *accentRow = new QHBoxLayout;
    accentRow->addWidget(m_accent, 1);
    accentRow->addWidget(pickColor);
    auto *accentLabel = new QLabel(tr("Accent &color:"));
    accentLabel->setBuddy(m_accent);
    lf->addRow(accentLabel, accentRow);
    m_footer->setObjectName(QStringLiteral("layoutFooter"));
    m_footer->setText(l.footer);
    m_footer->setAccessibleName(tr("Footer text"));
    m_footer->setPlaceholderText(tr("e.g. registry details, thank-you note"));
    lf->addRow(tr("&Footer text:"), m_footer);
    auto *columns = new QGridLayout;
    const QList<QPair<QString, QString>> columnLabels{{QStringLiteral("show_sku"), tr("SKU")},
                                                      {QStringLiteral("show_quantity"), tr("Quantity")},
                                                      {QStringLiteral("show_unit_price"), tr("Unit price")},
                                                      {QStringLiteral("show_discount"), tr("Discount")},
                                                      {QStringLiteral("show_tax_rate"), tr("Tax rate")},
                                                      {QStringLiteral("show_net"), tr("Amount")}};
    for (int i = 0; i < columnLabels.size(); ++i) {
        auto *box = new QCheckBox(columnLabels.at(i).second);
        box->setObjectName(QStringLiteral("layout_") + columnLabels.at(i).first);
        box->setChecked(CompanySettings::layoutValue(l, columnLabels.at(i).first) == QLatin1String("yes"));
        m_columns.insert(columnLabels.at(i).first, box);
        columns->addWidget(box, i / 3, i % 3);
        connect(box, &QCheckBox::toggled, this, &CompanyPage::schedulePreview);
    }
    lf->addRow(tr("Line columns:"), columns);
    m_paper->setObjectName(QStringLiteral("layoutPaper"));
    m_paper->addItem(tr("A4"), QStringLiteral("A4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("Letter"));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(l.paper)));
    lf->addRow(tr("&Paper:"), m_paper);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(company);
    leftLayout->addWidget(layoutBox);
    leftLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_preview->setObjectName(QStringLiteral("layoutPreview"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_preview->setFixedWidth(250);
    m_preview->setMinimumHeight(354);
    m_preview->setAccessibleName(tr("Preview of a printed invoice"));
    auto *previewBox = new QVBoxLayout;
    auto *previewTitle = new QLabel(tr("Preview"));
    previewBox->addWidget(previewTitle);
    previewBox->addWidget(m_preview);
    previewBox->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(previewBox);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &CompanyPage::renderPreview);
    for (QLineEdit *e : std::as_const(m_edits))
        connect(e, &QLineEdit::textChanged, this, &CompanyPage::schedulePreview);
    connect(m_address, &QPlainTextEdit::textChanged, this, &CompanyPage::schedulePreview);
    connect(m_showLogo, &QCheckBox::toggled, this, &CompanyPage::schedulePreview);
    connect(m_accent, &QLineEdit::textChanged, this, &CompanyPage::schedulePreview);
    connect(m_footer, &QLineEdit::textChanged, this, &CompanyPage::schedulePreview);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &CompanyPage::schedulePreview);
    connect(pickColor, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor(m_accent->text()), this, tr("Accent color"));
        if (c.isValid())
            m_accent->setText(c.name());
    });
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Company logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (path.isEmpty())
            return;
        if (Status s = loadLogo(path); !s)
            Dialogs::error(this, tr("Company logo"), s.error().message);
    });
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogoInfo();
        schedulePreview();
    });
    if (dialog) {
        connect(dialog, &QDialog::accepted, this, [this] {
            if (Status s = save(); !s)
                Dialogs::error(this, tr("Company settings"), s.error().message);
        });
    }
    schedulePreview();
}

QLineEdit *CompanyPage::edit(const QString &field) const { return m_edits.value(field); }
QCheckBox *CompanyPage::columnBox(const QString &key) const { return m_columns.value(key); }

void CompanyPage::showLogoInfo()
{
    const QString format = CompanySettings::imageFormat(m_logo);
    m_logoInfo->setText(m_logo.isEmpty() ? tr("(no logo)") : tr("%1 image, %2 KB").arg(format.toUpper()).arg((m_logo.size() + 1023) / 1024));
}

Status CompanyPage::loadLogo(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(CompanySettings::kMaxLogoBytes + 1);
    auto checked = CompanySettings::checkLogo(bytes);
    if (!checked)
        return checked.error();
    m_logo = bytes;
    showLogoInfo();
    schedulePreview();
    return Status::success();
}

CompanyProfile CompanyPage::profile() const
{
    CompanyProfile p;
    p.name = m_edits.value(QStringLiteral("name"))->text();
    p.taxId = m_edits.value(QStringLiteral("tax_id"))->text();
    p.address = m_address->toPlainText();
    p.phone = m_edits.value(QStringLiteral("phone"))->text();
    p.email = m_edits.value(QStringLiteral("email"))->text();
    p.website = m_edits.value(QStringLiteral("website"))->text();
    p.iban = m_edits.value(QStringLiteral("iban"))->text();
    p.paymentTerms = m_edits.value(QStringLiteral("payment_terms"))->text();
    p.logo = m_logo;
    p.logoFormat = CompanySettings::imageFormat(m_logo);
    return p;
}

DocumentLayout CompanyPage::layout() const
{
    DocumentLayout l;
    l.showLogo = m_showLogo->isChecked();
    l.accentColor = m_accent->text().trimmed();
    l.footer = m_footer->text().trimmed();
    l.showSku = m_columns.value(QStringLiteral("show_sku"))->isChecked();
    l.showQuantity = m_columns.value(QStringLiteral("show_quantity"))->isChecked();
    l.showUnitPrice = m_columns.value(QStringLiteral("show_unit_price"))->isChecked();
    l.showDiscount = m_columns.value(QStringLiteral("show_discount"))->isChecked();
    l.showTaxRate = m_columns.value(QStringLiteral("show_tax_rate"))->isChecked();
    l.showNet = m_columns.value(QStringLiteral("show_net"))->isChecked();
    l.paper = m_paper->currentData().toString();
    return l;
}

Status CompanyPage::save()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = CompanySettings::save(m_db, profile()); !s)
        return s;
    if (Status s = CompanySettings::saveLayout(m_db, layout()); !s)
        return s;
    return tx.commit();
}

void CompanyPage::schedulePreview()
{
    m_previewTimer->start();
}

void CompanyPage::renderPreview()
{
    CompanyProfile p = profile();
    p.iban = CompanySettings::normalizeIban(p.iban);
    DocumentLayout l = layout();
    if (!QColor(l.accentColor).isValid())
        l.accentColor = DocumentLayout().accentColor;
    const int generation = ++m_previewGeneration;
    const int width = m_preview->width();
    // Rendered on a worker (fonts and images paint fine off the GUI thread); only the newest is shown.
    runInBackground(
        m_db, this,
        [p, l, width](Database &) {
            const QImage page = DocumentPrinter(PrintableDocument::sample(p, l)).renderPage(1, 110);
            return page.scaledToWidth(width, Qt::SmoothTransformation);
        },
        [this, generation](QImage image) {
            if (generation != m_previewGeneration)
                return;
            m_preview->setPixmap(QPixmap::fromImage(image));
            Q_EMIT previewUpdated();
        });
}

} // namespace trato
