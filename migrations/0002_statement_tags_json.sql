-- Each statement's tags and their evidence become one JSON column, written with the statement, so a
-- list page splices it into the response instead of reading ~6 tag rows per statement and parsing
-- their evidence; statement_tag keeps only what filters, facets and the snapshot read.
ALTER TABLE `statement` ADD `tags` text DEFAULT '{"countries":[],"regions":[],"topics":[]}' NOT NULL;--> statement-breakpoint
-- Statements stored before this migration get the JSON from their tag rows, in the order the API
-- shows (countries by code, regions by id, topics by score then slug). Country names are the
-- gazetteer's (src/tagging/lookup.ts) as of this migration: the names the tagger writes.
CREATE TEMP TABLE `country_name` (`code` text PRIMARY KEY NOT NULL, `name` text NOT NULL);--> statement-breakpoint
INSERT INTO `country_name` (`code`, `name`) VALUES
	('AD', 'Andorra'), ('AE', 'United Arab Emirates'), ('AF', 'Afghanistan'), ('AG', 'Antigua and Barbuda'), ('AL', 'Albania'), ('AM', 'Armenia'),
	('AO', 'Angola'), ('AR', 'Argentina'), ('AT', 'Austria'), ('AU', 'Australia'), ('AZ', 'Azerbaijan'), ('BA', 'Bosnia and Herzegovina'),
	('BB', 'Barbados'), ('BD', 'Bangladesh'), ('BE', 'Belgium'), ('BF', 'Burkina Faso'), ('BG', 'Bulgaria'), ('BH', 'Bahrain'),
	('BI', 'Burundi'), ('BJ', 'Benin'), ('BN', 'Brunei'), ('BO', 'Bolivia'), ('BR', 'Brazil'), ('BS', 'Bahamas'),
	('BT', 'Bhutan'), ('BW', 'Botswana'), ('BY', 'Belarus'), ('BZ', 'Belize'), ('CA', 'Canada'), ('CD', 'DR Congo'),
	('CF', 'Central African Republic'), ('CG', 'Republic of the Congo'), ('CH', 'Switzerland'), ('CI', 'Ivory Coast'), ('CL', 'Chile'), ('CM', 'Cameroon'),
	('CN', 'China'), ('CO', 'Colombia'), ('CR', 'Costa Rica'), ('CU', 'Cuba'), ('CV', 'Cape Verde'), ('CY', 'Cyprus'),
	('CZ', 'Czechia'), ('DE', 'Germany'), ('DJ', 'Djibouti'), ('DK', 'Denmark'), ('DM', 'Dominica'), ('DO', 'Dominican Republic'),
	('DZ', 'Algeria'), ('EC', 'Ecuador'), ('EE', 'Estonia'), ('EG', 'Egypt'), ('ER', 'Eritrea'), ('ES', 'Spain'),
	('ET', 'Ethiopia'), ('FI', 'Finland'), ('FJ', 'Fiji'), ('FM', 'Micronesia'), ('FR', 'France'), ('GA', 'Gabon'),
	('GB', 'United Kingdom'), ('GD', 'Grenada'), ('GE', 'Georgia'), ('GH', 'Ghana'), ('GM', 'Gambia'), ('GN', 'Guinea'),
	('GQ', 'Equatorial Guinea'), ('GR', 'Greece'), ('GT', 'Guatemala'), ('GW', 'Guinea-Bissau'), ('GY', 'Guyana'), ('HN', 'Honduras'),
	('HR', 'Croatia'), ('HT', 'Haiti'), ('HU', 'Hungary'), ('ID', 'Indonesia'), ('IE', 'Ireland'), ('IL', 'Israel'),
	('IN', 'India'), ('IQ', 'Iraq'), ('IR', 'Iran'), ('IS', 'Iceland'), ('IT', 'Italy'), ('JM', 'Jamaica'),
	('JO', 'Jordan'), ('JP', 'Japan'), ('KE', 'Kenya'), ('KG', 'Kyrgyzstan'), ('KH', 'Cambodia'), ('KI', 'Kiribati'),
	('KM', 'Comoros'), ('KN', 'Saint Kitts and Nevis'), ('KP', 'North Korea'), ('KR', 'South Korea'), ('KW', 'Kuwait'), ('KZ', 'Kazakhstan'),
	('LA', 'Laos'), ('LB', 'Lebanon'), ('LC', 'Saint Lucia'), ('LI', 'Liechtenstein'), ('LK', 'Sri Lanka'), ('LR', 'Liberia'),
	('LS', 'Lesotho'), ('LT', 'Lithuania'), ('LU', 'Luxembourg'), ('LV', 'Latvia'), ('LY', 'Libya'), ('MA', 'Morocco'),
	('MC', 'Monaco'), ('MD', 'Moldova'), ('ME', 'Montenegro'), ('MG', 'Madagascar'), ('MH', 'Marshall Islands'), ('MK', 'North Macedonia'),
	('ML', 'Mali'), ('MM', 'Myanmar'), ('MN', 'Mongolia'), ('MR', 'Mauritania'), ('MT', 'Malta'), ('MU', 'Mauritius'),
	('MV', 'Maldives'), ('MW', 'Malawi'), ('MX', 'Mexico'), ('MY', 'Malaysia'), ('MZ', 'Mozambique'), ('NA', 'Namibia'),
	('NE', 'Niger'), ('NG', 'Nigeria'), ('NI', 'Nicaragua'), ('NL', 'Netherlands'), ('NO', 'Norway'), ('NP', 'Nepal'),
	('NR', 'Nauru'), ('NZ', 'New Zealand'), ('OM', 'Oman'), ('PA', 'Panama'), ('PE', 'Peru'), ('PG', 'Papua New Guinea'),
	('PH', 'Philippines'), ('PK', 'Pakistan'), ('PL', 'Poland'), ('PS', 'Palestine'), ('PT', 'Portugal'), ('PW', 'Palau'),
	('PY', 'Paraguay'), ('QA', 'Qatar'), ('RO', 'Romania'), ('RS', 'Serbia'), ('RU', 'Russia'), ('RW', 'Rwanda'),
	('SA', 'Saudi Arabia'), ('SB', 'Solomon Islands'), ('SC', 'Seychelles'), ('SD', 'Sudan'), ('SE', 'Sweden'), ('SG', 'Singapore'),
	('SI', 'Slovenia'), ('SK', 'Slovakia'), ('SL', 'Sierra Leone'), ('SM', 'San Marino'), ('SN', 'Senegal'), ('SO', 'Somalia'),
	('SR', 'Suriname'), ('SS', 'South Sudan'), ('ST', 'São Tomé and Príncipe'), ('SV', 'El Salvador'), ('SY', 'Syria'), ('SZ', 'Eswatini'),
	('TD', 'Chad'), ('TG', 'Togo'), ('TH', 'Thailand'), ('TJ', 'Tajikistan'), ('TL', 'Timor-Leste'), ('TM', 'Turkmenistan'),
	('TN', 'Tunisia'), ('TO', 'Tonga'), ('TR', 'Türkiye'), ('TT', 'Trinidad and Tobago'), ('TV', 'Tuvalu'), ('TZ', 'Tanzania'),
	('UA', 'Ukraine'), ('UG', 'Uganda'), ('US', 'United States'), ('UY', 'Uruguay'), ('UZ', 'Uzbekistan'), ('VA', 'Vatican City'),
	('VC', 'Saint Vincent and the Grenadines'), ('VE', 'Venezuela'), ('VN', 'Vietnam'), ('VU', 'Vanuatu'), ('WS', 'Samoa'), ('YE', 'Yemen'),
	('ZA', 'South Africa'), ('ZM', 'Zambia'), ('ZW', 'Zimbabwe');
--> statement-breakpoint
UPDATE `statement` SET `tags` = json_object(
	'countries', (SELECT json_group_array(json_object('code', t.`value`, 'name', coalesce(n.`name`, t.`value`),
			'basis', t.`basis`, 'evidence', json(t.`evidence`)) ORDER BY t.`value`)
		FROM `statement_tag` t LEFT JOIN `country_name` n ON n.`code` = t.`value`
		WHERE t.`statement_pk` = `statement`.`pk` AND t.`kind` = 'country'),
	'regions', (SELECT json_group_array(json_object('id', t.`value`, 'basis', t.`basis`,
			'evidence', json(t.`evidence`)) ORDER BY t.`value`)
		FROM `statement_tag` t WHERE t.`statement_pk` = `statement`.`pk` AND t.`kind` = 'region'),
	'topics', (SELECT json_group_array(json_object('slug', t.`value`, 'score', coalesce(t.`score`, 0),
			'basis', t.`basis`, 'evidence', json(t.`evidence`)) ORDER BY t.`score` DESC, t.`value`)
		FROM `statement_tag` t WHERE t.`statement_pk` = `statement`.`pk` AND t.`kind` = 'topic')
) WHERE EXISTS (SELECT 1 FROM `statement_tag` t WHERE t.`statement_pk` = `statement`.`pk`);--> statement-breakpoint
DROP TABLE `country_name`;--> statement-breakpoint
ALTER TABLE `statement_tag` DROP COLUMN `evidence`;
