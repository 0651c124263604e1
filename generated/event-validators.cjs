// GENERATED FILE: DO NOT EDIT. Precompiled event validators (Ajv standalone).
// Generated from openapi.yaml by `npm run generate`; CI fails when it is stale.
"use strict";
exports.UserCreated = validate10;
const schema11 = {"$id":"UserCreated#event","description":"A UserEvent whose `type` is UserCreated.","allOf":[{"type":"object","additionalProperties":false,"description":"A change to a user, published once per change from the table's stream (x-webhooks). In AWS\nit arrives on the stage's EventBridge bus as `detail-type` = `type`, `source`, `time`, and\n`detail` = this `detail` plus `eventId` = this `id`.\n","required":["id","type","source","time","detail"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"Stable: the id of the stream record, the same on every redelivery. Delivery is at least\nonce: deduplicate by it.\n"},"type":{"type":"string","enum":["UserCreated","UserUpdated","UserDeleted"]},"source":{"type":"string","enum":["users-api"]},"time":{"type":"string","format":"date-time","maxLength":32,"description":"When the database recorded the change (second precision)."},"detail":{"type":"object","additionalProperties":false,"required":["resource"],"properties":{"resource":{"type":"object","additionalProperties":false,"required":["userId","name","email","createdAt","updatedAt","version"],"properties":{"userId":{"type":"string","format":"uuid","maxLength":36,"description":"Server-made id (UUID v4)."},"name":{"type":"string","minLength":1,"maxLength":100,"pattern":"^\\S(?:[\\s\\S]{0,98}\\S)?$"},"email":{"type":"string","format":"email","maxLength":254},"age":{"type":"integer","format":"int32","minimum":1,"maximum":150},"createdAt":{"type":"string","format":"date-time","maxLength":32,"description":"When the user was created (ISO 8601, UTC)."},"updatedAt":{"type":"string","format":"date-time","maxLength":32,"description":"When the user last changed (ISO 8601, UTC)."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"Starts at 1 and grows by one with each change; the `ETag`."}}},"changes":{"type":"array","description":"UserUpdated only. The fields the update changed (none when it rewrote the same values).","maxItems":3,"uniqueItems":true,"items":{"type":"string","enum":["name","email","age"]}},"caller":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the caller who made the change; absent for public operations and purges by TTL."},"correlationId":{"type":"string","maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"The `X-Correlation-Id` of the request that made the change; absent for purges by TTL."}}}}},{"type":"object","properties":{"type":{"type":"string","enum":["UserCreated"]}}}]};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[A-Za-z0-9._:-]{1,128}$", "u");
const pattern1 = new RegExp("^\\S(?:[\\s\\S]{0,98}\\S)?$", "u");
const pattern2 = new RegExp("^\\S+$", "u");
const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];
const formats2 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const formats4 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const formats6 = require("ajv-formats/dist/formats").fullFormats.int32;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="UserCreated#event" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.time === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.detail === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "type")) || (key0 === "source")) || (key0 === "time")) || (key0 === "detail"))){
const err5 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 128){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data1 === "UserCreated") || (data1 === "UserUpdated")) || (data1 === "UserDeleted"))){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.source !== undefined){
let data2 = data.source;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(data2 === "users-api")){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/enum",keyword:"enum",params:{allowedValues: schema11.allOf[0].properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.time !== undefined){
let data3 = data.time;
if(typeof data3 === "string"){
if(func2(data3) > 32){
const err14 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data3))){
const err15 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.detail !== undefined){
let data4 = data.detail;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.resource === undefined){
const err17 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data4){
if(!((((key1 === "resource") || (key1 === "changes")) || (key1 === "caller")) || (key1 === "correlationId"))){
const err18 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.resource !== undefined){
let data5 = data4.resource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.userId === undefined){
const err19 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.name === undefined){
const err20 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.email === undefined){
const err21 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.createdAt === undefined){
const err22 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.updatedAt === undefined){
const err23 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.version === undefined){
const err24 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data5){
if(!(((((((key2 === "userId") || (key2 === "name")) || (key2 === "email")) || (key2 === "age")) || (key2 === "createdAt")) || (key2 === "updatedAt")) || (key2 === "version"))){
const err25 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.userId !== undefined){
let data6 = data5.userId;
if(typeof data6 === "string"){
if(func2(data6) > 36){
const err26 = {instancePath:instancePath+"/detail/resource/userId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/userId/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(formats2.test(data6))){
const err27 = {instancePath:instancePath+"/detail/resource/userId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/detail/resource/userId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.name !== undefined){
let data7 = data5.name;
if(typeof data7 === "string"){
if(func2(data7) > 100){
const err29 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data7) < 1){
const err30 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern1.test(data7)){
const err31 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/pattern",keyword:"pattern",params:{pattern: "^\\S(?:[\\s\\S]{0,98}\\S)?$"},message:"must match pattern \""+"^\\S(?:[\\s\\S]{0,98}\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.email !== undefined){
let data8 = data5.email;
if(typeof data8 === "string"){
if(func2(data8) > 254){
const err33 = {instancePath:instancePath+"/detail/resource/email",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(formats4.test(data8))){
const err34 = {instancePath:instancePath+"/detail/resource/email",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/detail/resource/email",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data5.age !== undefined){
let data9 = data5.age;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err36 = {instancePath:instancePath+"/detail/resource/age",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/age/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 150 || isNaN(data9)){
const err37 = {instancePath:instancePath+"/detail/resource/age",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/age/maximum",keyword:"maximum",params:{comparison: "<=", limit: 150},message:"must be <= 150"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err38 = {instancePath:instancePath+"/detail/resource/age",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/age/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(formats6.validate(data9))){
const err39 = {instancePath:instancePath+"/detail/resource/age",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/age/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data5.createdAt !== undefined){
let data10 = data5.createdAt;
if(typeof data10 === "string"){
if(func2(data10) > 32){
const err40 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!(formats0.validate(data10))){
const err41 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data5.updatedAt !== undefined){
let data11 = data5.updatedAt;
if(typeof data11 === "string"){
if(func2(data11) > 32){
const err43 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!(formats0.validate(data11))){
const err44 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data5.version !== undefined){
let data12 = data5.version;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err46 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 2147483647 || isNaN(data12)){
const err47 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err48 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!(formats6.validate(data12))){
const err49 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
else {
const err50 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data4.changes !== undefined){
let data13 = data4.changes;
if(Array.isArray(data13)){
if(data13.length > 3){
const err51 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(typeof data14 !== "string"){
const err52 = {instancePath:instancePath+"/detail/changes/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!(((data14 === "name") || (data14 === "email")) || (data14 === "age"))){
const err53 = {instancePath:instancePath+"/detail/changes/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/enum",keyword:"enum",params:{allowedValues: schema11.allOf[0].properties.detail.properties.changes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let i1 = data13.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data13[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err54 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err55 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data4.caller !== undefined){
let data15 = data4.caller;
if(typeof data15 === "string"){
if(func2(data15) > 128){
const err56 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func2(data15) < 1){
const err57 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern2.test(data15)){
const err58 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data4.correlationId !== undefined){
let data16 = data4.correlationId;
if(typeof data16 === "string"){
if(func2(data16) > 128){
const err60 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!pattern0.test(data16)){
const err61 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data17 = data.type;
if(typeof data17 !== "string"){
const err65 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(!(data17 === "UserCreated")){
const err66 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.allOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

exports.UserUpdated = validate11;
const schema12 = {"$id":"UserUpdated#event","description":"A UserEvent whose `type` is UserUpdated.","allOf":[{"type":"object","additionalProperties":false,"description":"A change to a user, published once per change from the table's stream (x-webhooks). In AWS\nit arrives on the stage's EventBridge bus as `detail-type` = `type`, `source`, `time`, and\n`detail` = this `detail` plus `eventId` = this `id`.\n","required":["id","type","source","time","detail"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"Stable: the id of the stream record, the same on every redelivery. Delivery is at least\nonce: deduplicate by it.\n"},"type":{"type":"string","enum":["UserCreated","UserUpdated","UserDeleted"]},"source":{"type":"string","enum":["users-api"]},"time":{"type":"string","format":"date-time","maxLength":32,"description":"When the database recorded the change (second precision)."},"detail":{"type":"object","additionalProperties":false,"required":["resource"],"properties":{"resource":{"type":"object","additionalProperties":false,"required":["userId","name","email","createdAt","updatedAt","version"],"properties":{"userId":{"type":"string","format":"uuid","maxLength":36,"description":"Server-made id (UUID v4)."},"name":{"type":"string","minLength":1,"maxLength":100,"pattern":"^\\S(?:[\\s\\S]{0,98}\\S)?$"},"email":{"type":"string","format":"email","maxLength":254},"age":{"type":"integer","format":"int32","minimum":1,"maximum":150},"createdAt":{"type":"string","format":"date-time","maxLength":32,"description":"When the user was created (ISO 8601, UTC)."},"updatedAt":{"type":"string","format":"date-time","maxLength":32,"description":"When the user last changed (ISO 8601, UTC)."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"Starts at 1 and grows by one with each change; the `ETag`."}}},"changes":{"type":"array","description":"UserUpdated only. The fields the update changed (none when it rewrote the same values).","maxItems":3,"uniqueItems":true,"items":{"type":"string","enum":["name","email","age"]}},"caller":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the caller who made the change; absent for public operations and purges by TTL."},"correlationId":{"type":"string","maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"The `X-Correlation-Id` of the request that made the change; absent for purges by TTL."}}}}},{"type":"object","properties":{"type":{"type":"string","enum":["UserUpdated"]}}}]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="UserUpdated#event" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.time === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.detail === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "type")) || (key0 === "source")) || (key0 === "time")) || (key0 === "detail"))){
const err5 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 128){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data1 === "UserCreated") || (data1 === "UserUpdated")) || (data1 === "UserDeleted"))){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.source !== undefined){
let data2 = data.source;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(data2 === "users-api")){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/enum",keyword:"enum",params:{allowedValues: schema12.allOf[0].properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.time !== undefined){
let data3 = data.time;
if(typeof data3 === "string"){
if(func2(data3) > 32){
const err14 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data3))){
const err15 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.detail !== undefined){
let data4 = data.detail;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.resource === undefined){
const err17 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data4){
if(!((((key1 === "resource") || (key1 === "changes")) || (key1 === "caller")) || (key1 === "correlationId"))){
const err18 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.resource !== undefined){
let data5 = data4.resource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.userId === undefined){
const err19 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.name === undefined){
const err20 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.email === undefined){
const err21 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.createdAt === undefined){
const err22 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.updatedAt === undefined){
const err23 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.version === undefined){
const err24 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data5){
if(!(((((((key2 === "userId") || (key2 === "name")) || (key2 === "email")) || (key2 === "age")) || (key2 === "createdAt")) || (key2 === "updatedAt")) || (key2 === "version"))){
const err25 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.userId !== undefined){
let data6 = data5.userId;
if(typeof data6 === "string"){
if(func2(data6) > 36){
const err26 = {instancePath:instancePath+"/detail/resource/userId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/userId/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(formats2.test(data6))){
const err27 = {instancePath:instancePath+"/detail/resource/userId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/detail/resource/userId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.name !== undefined){
let data7 = data5.name;
if(typeof data7 === "string"){
if(func2(data7) > 100){
const err29 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data7) < 1){
const err30 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern1.test(data7)){
const err31 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/pattern",keyword:"pattern",params:{pattern: "^\\S(?:[\\s\\S]{0,98}\\S)?$"},message:"must match pattern \""+"^\\S(?:[\\s\\S]{0,98}\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.email !== undefined){
let data8 = data5.email;
if(typeof data8 === "string"){
if(func2(data8) > 254){
const err33 = {instancePath:instancePath+"/detail/resource/email",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(formats4.test(data8))){
const err34 = {instancePath:instancePath+"/detail/resource/email",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/detail/resource/email",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data5.age !== undefined){
let data9 = data5.age;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err36 = {instancePath:instancePath+"/detail/resource/age",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/age/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 150 || isNaN(data9)){
const err37 = {instancePath:instancePath+"/detail/resource/age",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/age/maximum",keyword:"maximum",params:{comparison: "<=", limit: 150},message:"must be <= 150"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err38 = {instancePath:instancePath+"/detail/resource/age",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/age/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(formats6.validate(data9))){
const err39 = {instancePath:instancePath+"/detail/resource/age",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/age/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data5.createdAt !== undefined){
let data10 = data5.createdAt;
if(typeof data10 === "string"){
if(func2(data10) > 32){
const err40 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!(formats0.validate(data10))){
const err41 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data5.updatedAt !== undefined){
let data11 = data5.updatedAt;
if(typeof data11 === "string"){
if(func2(data11) > 32){
const err43 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!(formats0.validate(data11))){
const err44 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data5.version !== undefined){
let data12 = data5.version;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err46 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 2147483647 || isNaN(data12)){
const err47 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err48 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!(formats6.validate(data12))){
const err49 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
else {
const err50 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data4.changes !== undefined){
let data13 = data4.changes;
if(Array.isArray(data13)){
if(data13.length > 3){
const err51 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(typeof data14 !== "string"){
const err52 = {instancePath:instancePath+"/detail/changes/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!(((data14 === "name") || (data14 === "email")) || (data14 === "age"))){
const err53 = {instancePath:instancePath+"/detail/changes/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/enum",keyword:"enum",params:{allowedValues: schema12.allOf[0].properties.detail.properties.changes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let i1 = data13.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data13[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err54 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err55 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data4.caller !== undefined){
let data15 = data4.caller;
if(typeof data15 === "string"){
if(func2(data15) > 128){
const err56 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func2(data15) < 1){
const err57 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern2.test(data15)){
const err58 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data4.correlationId !== undefined){
let data16 = data4.correlationId;
if(typeof data16 === "string"){
if(func2(data16) > 128){
const err60 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!pattern0.test(data16)){
const err61 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data17 = data.type;
if(typeof data17 !== "string"){
const err65 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(!(data17 === "UserUpdated")){
const err66 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.allOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

exports.UserDeleted = validate12;
const schema13 = {"$id":"UserDeleted#event","description":"A UserEvent whose `type` is UserDeleted.","allOf":[{"type":"object","additionalProperties":false,"description":"A change to a user, published once per change from the table's stream (x-webhooks). In AWS\nit arrives on the stage's EventBridge bus as `detail-type` = `type`, `source`, `time`, and\n`detail` = this `detail` plus `eventId` = this `id`.\n","required":["id","type","source","time","detail"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"Stable: the id of the stream record, the same on every redelivery. Delivery is at least\nonce: deduplicate by it.\n"},"type":{"type":"string","enum":["UserCreated","UserUpdated","UserDeleted"]},"source":{"type":"string","enum":["users-api"]},"time":{"type":"string","format":"date-time","maxLength":32,"description":"When the database recorded the change (second precision)."},"detail":{"type":"object","additionalProperties":false,"required":["resource"],"properties":{"resource":{"type":"object","additionalProperties":false,"required":["userId","name","email","createdAt","updatedAt","version"],"properties":{"userId":{"type":"string","format":"uuid","maxLength":36,"description":"Server-made id (UUID v4)."},"name":{"type":"string","minLength":1,"maxLength":100,"pattern":"^\\S(?:[\\s\\S]{0,98}\\S)?$"},"email":{"type":"string","format":"email","maxLength":254},"age":{"type":"integer","format":"int32","minimum":1,"maximum":150},"createdAt":{"type":"string","format":"date-time","maxLength":32,"description":"When the user was created (ISO 8601, UTC)."},"updatedAt":{"type":"string","format":"date-time","maxLength":32,"description":"When the user last changed (ISO 8601, UTC)."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"Starts at 1 and grows by one with each change; the `ETag`."}}},"changes":{"type":"array","description":"UserUpdated only. The fields the update changed (none when it rewrote the same values).","maxItems":3,"uniqueItems":true,"items":{"type":"string","enum":["name","email","age"]}},"caller":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the caller who made the change; absent for public operations and purges by TTL."},"correlationId":{"type":"string","maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"The `X-Correlation-Id` of the request that made the change; absent for purges by TTL."}}}}},{"type":"object","properties":{"type":{"type":"string","enum":["UserDeleted"]}}}]};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="UserDeleted#event" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.time === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.detail === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "type")) || (key0 === "source")) || (key0 === "time")) || (key0 === "detail"))){
const err5 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 128){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data1 === "UserCreated") || (data1 === "UserUpdated")) || (data1 === "UserDeleted"))){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema13.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.source !== undefined){
let data2 = data.source;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(data2 === "users-api")){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/enum",keyword:"enum",params:{allowedValues: schema13.allOf[0].properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.time !== undefined){
let data3 = data.time;
if(typeof data3 === "string"){
if(func2(data3) > 32){
const err14 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data3))){
const err15 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.detail !== undefined){
let data4 = data.detail;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.resource === undefined){
const err17 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data4){
if(!((((key1 === "resource") || (key1 === "changes")) || (key1 === "caller")) || (key1 === "correlationId"))){
const err18 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.resource !== undefined){
let data5 = data4.resource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.userId === undefined){
const err19 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.name === undefined){
const err20 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.email === undefined){
const err21 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.createdAt === undefined){
const err22 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.updatedAt === undefined){
const err23 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.version === undefined){
const err24 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data5){
if(!(((((((key2 === "userId") || (key2 === "name")) || (key2 === "email")) || (key2 === "age")) || (key2 === "createdAt")) || (key2 === "updatedAt")) || (key2 === "version"))){
const err25 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.userId !== undefined){
let data6 = data5.userId;
if(typeof data6 === "string"){
if(func2(data6) > 36){
const err26 = {instancePath:instancePath+"/detail/resource/userId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/userId/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(formats2.test(data6))){
const err27 = {instancePath:instancePath+"/detail/resource/userId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/userId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/detail/resource/userId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.name !== undefined){
let data7 = data5.name;
if(typeof data7 === "string"){
if(func2(data7) > 100){
const err29 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data7) < 1){
const err30 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern1.test(data7)){
const err31 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/pattern",keyword:"pattern",params:{pattern: "^\\S(?:[\\s\\S]{0,98}\\S)?$"},message:"must match pattern \""+"^\\S(?:[\\s\\S]{0,98}\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.email !== undefined){
let data8 = data5.email;
if(typeof data8 === "string"){
if(func2(data8) > 254){
const err33 = {instancePath:instancePath+"/detail/resource/email",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(formats4.test(data8))){
const err34 = {instancePath:instancePath+"/detail/resource/email",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/detail/resource/email",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data5.age !== undefined){
let data9 = data5.age;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err36 = {instancePath:instancePath+"/detail/resource/age",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/age/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 150 || isNaN(data9)){
const err37 = {instancePath:instancePath+"/detail/resource/age",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/age/maximum",keyword:"maximum",params:{comparison: "<=", limit: 150},message:"must be <= 150"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err38 = {instancePath:instancePath+"/detail/resource/age",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/age/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(formats6.validate(data9))){
const err39 = {instancePath:instancePath+"/detail/resource/age",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/age/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data5.createdAt !== undefined){
let data10 = data5.createdAt;
if(typeof data10 === "string"){
if(func2(data10) > 32){
const err40 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!(formats0.validate(data10))){
const err41 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data5.updatedAt !== undefined){
let data11 = data5.updatedAt;
if(typeof data11 === "string"){
if(func2(data11) > 32){
const err43 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!(formats0.validate(data11))){
const err44 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data5.version !== undefined){
let data12 = data5.version;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err46 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 2147483647 || isNaN(data12)){
const err47 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err48 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!(formats6.validate(data12))){
const err49 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
else {
const err50 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data4.changes !== undefined){
let data13 = data4.changes;
if(Array.isArray(data13)){
if(data13.length > 3){
const err51 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(typeof data14 !== "string"){
const err52 = {instancePath:instancePath+"/detail/changes/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!(((data14 === "name") || (data14 === "email")) || (data14 === "age"))){
const err53 = {instancePath:instancePath+"/detail/changes/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/enum",keyword:"enum",params:{allowedValues: schema13.allOf[0].properties.detail.properties.changes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let i1 = data13.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data13[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err54 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err55 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data4.caller !== undefined){
let data15 = data4.caller;
if(typeof data15 === "string"){
if(func2(data15) > 128){
const err56 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func2(data15) < 1){
const err57 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern2.test(data15)){
const err58 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data4.correlationId !== undefined){
let data16 = data4.correlationId;
if(typeof data16 === "string"){
if(func2(data16) > 128){
const err60 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!pattern0.test(data16)){
const err61 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data17 = data.type;
if(typeof data17 !== "string"){
const err65 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(!(data17 === "UserDeleted")){
const err66 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema13.allOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

exports.ItemCreated = validate13;
const schema14 = {"$id":"ItemCreated#event","description":"A ItemEvent whose `type` is ItemCreated.","allOf":[{"type":"object","additionalProperties":false,"description":"A change to an item, published once per change from the table's stream (x-webhooks); on\nEventBridge as for UserEvent.\n","required":["id","type","source","time","detail"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"Stable: the id of the stream record, the same on every redelivery. Delivery is at least\nonce: deduplicate by it.\n"},"type":{"type":"string","enum":["ItemCreated","ItemUpdated","ItemTrashed","ItemRestored","ItemPurged"]},"source":{"type":"string","enum":["users-api"]},"time":{"type":"string","format":"date-time","maxLength":32,"description":"When the database recorded the change (second precision)."},"detail":{"type":"object","additionalProperties":false,"required":["resource","owner","version"],"properties":{"resource":{"type":"object","additionalProperties":false,"required":["itemId","name","createdAt","updatedAt","version"],"properties":{"itemId":{"type":"string","format":"uuid","maxLength":36},"name":{"type":"string","minLength":1,"maxLength":200,"pattern":"\\S"},"description":{"type":"string","maxLength":2000,"pattern":"^[^\\u0000]*$"},"tags":{"type":"array","maxItems":20,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":50,"pattern":"^\\S(?:.*\\S)?$"}},"createdAt":{"type":"string","format":"date-time","maxLength":32},"updatedAt":{"type":"string","format":"date-time","maxLength":32},"deletedAt":{"type":"string","format":"date-time","maxLength":32,"description":"When the item was moved to the trash (trashed items are not served, so rarely seen)."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"Starts at 1 and grows by one with each change; the `ETag`."}}},"owner":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the item's owner."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"The item's version after the change; for ItemPurged one more than the last stored\nversion. Per item, versions only increase: order events by it.\n"},"changes":{"type":"array","description":"ItemUpdated only. The fields the update changed.","maxItems":3,"uniqueItems":true,"items":{"type":"string","enum":["name","description","tags"]}},"caller":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the caller who made the change; absent for public operations and purges by TTL."},"correlationId":{"type":"string","maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"The `X-Correlation-Id` of the request that made the change; absent for purges by TTL."}}}}},{"type":"object","properties":{"type":{"type":"string","enum":["ItemCreated"]}}}]};
const pattern13 = new RegExp("\\S", "u");
const pattern14 = new RegExp("^[^\\u0000]*$", "u");
const pattern15 = new RegExp("^\\S(?:.*\\S)?$", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ItemCreated#event" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.time === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.detail === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "type")) || (key0 === "source")) || (key0 === "time")) || (key0 === "detail"))){
const err5 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 128){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((data1 === "ItemCreated") || (data1 === "ItemUpdated")) || (data1 === "ItemTrashed")) || (data1 === "ItemRestored")) || (data1 === "ItemPurged"))){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema14.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.source !== undefined){
let data2 = data.source;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(data2 === "users-api")){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/enum",keyword:"enum",params:{allowedValues: schema14.allOf[0].properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.time !== undefined){
let data3 = data.time;
if(typeof data3 === "string"){
if(func2(data3) > 32){
const err14 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data3))){
const err15 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.detail !== undefined){
let data4 = data.detail;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.resource === undefined){
const err17 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.owner === undefined){
const err18 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.version === undefined){
const err19 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data4){
if(!((((((key1 === "resource") || (key1 === "owner")) || (key1 === "version")) || (key1 === "changes")) || (key1 === "caller")) || (key1 === "correlationId"))){
const err20 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.resource !== undefined){
let data5 = data4.resource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.itemId === undefined){
const err21 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "itemId"},message:"must have required property '"+"itemId"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.name === undefined){
const err22 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.createdAt === undefined){
const err23 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.updatedAt === undefined){
const err24 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5.version === undefined){
const err25 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data5){
if(!((((((((key2 === "itemId") || (key2 === "name")) || (key2 === "description")) || (key2 === "tags")) || (key2 === "createdAt")) || (key2 === "updatedAt")) || (key2 === "deletedAt")) || (key2 === "version"))){
const err26 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.itemId !== undefined){
let data6 = data5.itemId;
if(typeof data6 === "string"){
if(func2(data6) > 36){
const err27 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats2.test(data6))){
const err28 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.name !== undefined){
let data7 = data5.name;
if(typeof data7 === "string"){
if(func2(data7) > 200){
const err30 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func2(data7) < 1){
const err31 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern13.test(data7)){
const err32 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data5.description !== undefined){
let data8 = data5.description;
if(typeof data8 === "string"){
if(func2(data8) > 2000){
const err34 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!pattern14.test(data8)){
const err35 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data5.tags !== undefined){
let data9 = data5.tags;
if(Array.isArray(data9)){
if(data9.length > 20){
const err37 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(func2(data10) > 50){
const err38 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data10) < 1){
const err39 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern15.test(data10)){
const err40 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err42 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err43 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data5.createdAt !== undefined){
let data11 = data5.createdAt;
if(typeof data11 === "string"){
if(func2(data11) > 32){
const err44 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!(formats0.validate(data11))){
const err45 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data5.updatedAt !== undefined){
let data12 = data5.updatedAt;
if(typeof data12 === "string"){
if(func2(data12) > 32){
const err47 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(formats0.validate(data12))){
const err48 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data5.deletedAt !== undefined){
let data13 = data5.deletedAt;
if(typeof data13 === "string"){
if(func2(data13) > 32){
const err50 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!(formats0.validate(data13))){
const err51 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data5.version !== undefined){
let data14 = data5.version;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err53 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 2147483647 || isNaN(data14)){
const err54 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err55 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!(formats6.validate(data14))){
const err56 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data4.owner !== undefined){
let data15 = data4.owner;
if(typeof data15 === "string"){
if(func2(data15) > 128){
const err58 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(func2(data15) < 1){
const err59 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!pattern2.test(data15)){
const err60 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data4.version !== undefined){
let data16 = data4.version;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err62 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 2147483647 || isNaN(data16)){
const err63 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err64 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!(formats6.validate(data16))){
const err65 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data4.changes !== undefined){
let data17 = data4.changes;
if(Array.isArray(data17)){
if(data17.length > 3){
const err66 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const len1 = data17.length;
for(let i2=0; i2<len1; i2++){
let data18 = data17[i2];
if(typeof data18 !== "string"){
const err67 = {instancePath:instancePath+"/detail/changes/" + i2,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!(((data18 === "name") || (data18 === "description")) || (data18 === "tags"))){
const err68 = {instancePath:instancePath+"/detail/changes/" + i2,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/enum",keyword:"enum",params:{allowedValues: schema14.allOf[0].properties.detail.properties.changes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
let i3 = data17.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data17[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err69 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err70 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data4.caller !== undefined){
let data19 = data4.caller;
if(typeof data19 === "string"){
if(func2(data19) > 128){
const err71 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(func2(data19) < 1){
const err72 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!pattern2.test(data19)){
const err73 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data4.correlationId !== undefined){
let data20 = data4.correlationId;
if(typeof data20 === "string"){
if(func2(data20) > 128){
const err75 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!pattern0.test(data20)){
const err76 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data21 = data.type;
if(typeof data21 !== "string"){
const err80 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!(data21 === "ItemCreated")){
const err81 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema14.allOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

exports.ItemUpdated = validate14;
const schema15 = {"$id":"ItemUpdated#event","description":"A ItemEvent whose `type` is ItemUpdated.","allOf":[{"type":"object","additionalProperties":false,"description":"A change to an item, published once per change from the table's stream (x-webhooks); on\nEventBridge as for UserEvent.\n","required":["id","type","source","time","detail"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"Stable: the id of the stream record, the same on every redelivery. Delivery is at least\nonce: deduplicate by it.\n"},"type":{"type":"string","enum":["ItemCreated","ItemUpdated","ItemTrashed","ItemRestored","ItemPurged"]},"source":{"type":"string","enum":["users-api"]},"time":{"type":"string","format":"date-time","maxLength":32,"description":"When the database recorded the change (second precision)."},"detail":{"type":"object","additionalProperties":false,"required":["resource","owner","version"],"properties":{"resource":{"type":"object","additionalProperties":false,"required":["itemId","name","createdAt","updatedAt","version"],"properties":{"itemId":{"type":"string","format":"uuid","maxLength":36},"name":{"type":"string","minLength":1,"maxLength":200,"pattern":"\\S"},"description":{"type":"string","maxLength":2000,"pattern":"^[^\\u0000]*$"},"tags":{"type":"array","maxItems":20,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":50,"pattern":"^\\S(?:.*\\S)?$"}},"createdAt":{"type":"string","format":"date-time","maxLength":32},"updatedAt":{"type":"string","format":"date-time","maxLength":32},"deletedAt":{"type":"string","format":"date-time","maxLength":32,"description":"When the item was moved to the trash (trashed items are not served, so rarely seen)."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"Starts at 1 and grows by one with each change; the `ETag`."}}},"owner":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the item's owner."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"The item's version after the change; for ItemPurged one more than the last stored\nversion. Per item, versions only increase: order events by it.\n"},"changes":{"type":"array","description":"ItemUpdated only. The fields the update changed.","maxItems":3,"uniqueItems":true,"items":{"type":"string","enum":["name","description","tags"]}},"caller":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the caller who made the change; absent for public operations and purges by TTL."},"correlationId":{"type":"string","maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"The `X-Correlation-Id` of the request that made the change; absent for purges by TTL."}}}}},{"type":"object","properties":{"type":{"type":"string","enum":["ItemUpdated"]}}}]};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ItemUpdated#event" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.time === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.detail === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "type")) || (key0 === "source")) || (key0 === "time")) || (key0 === "detail"))){
const err5 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 128){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((data1 === "ItemCreated") || (data1 === "ItemUpdated")) || (data1 === "ItemTrashed")) || (data1 === "ItemRestored")) || (data1 === "ItemPurged"))){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema15.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.source !== undefined){
let data2 = data.source;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(data2 === "users-api")){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/enum",keyword:"enum",params:{allowedValues: schema15.allOf[0].properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.time !== undefined){
let data3 = data.time;
if(typeof data3 === "string"){
if(func2(data3) > 32){
const err14 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data3))){
const err15 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.detail !== undefined){
let data4 = data.detail;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.resource === undefined){
const err17 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.owner === undefined){
const err18 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.version === undefined){
const err19 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data4){
if(!((((((key1 === "resource") || (key1 === "owner")) || (key1 === "version")) || (key1 === "changes")) || (key1 === "caller")) || (key1 === "correlationId"))){
const err20 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.resource !== undefined){
let data5 = data4.resource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.itemId === undefined){
const err21 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "itemId"},message:"must have required property '"+"itemId"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.name === undefined){
const err22 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.createdAt === undefined){
const err23 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.updatedAt === undefined){
const err24 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5.version === undefined){
const err25 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data5){
if(!((((((((key2 === "itemId") || (key2 === "name")) || (key2 === "description")) || (key2 === "tags")) || (key2 === "createdAt")) || (key2 === "updatedAt")) || (key2 === "deletedAt")) || (key2 === "version"))){
const err26 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.itemId !== undefined){
let data6 = data5.itemId;
if(typeof data6 === "string"){
if(func2(data6) > 36){
const err27 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats2.test(data6))){
const err28 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.name !== undefined){
let data7 = data5.name;
if(typeof data7 === "string"){
if(func2(data7) > 200){
const err30 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func2(data7) < 1){
const err31 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern13.test(data7)){
const err32 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data5.description !== undefined){
let data8 = data5.description;
if(typeof data8 === "string"){
if(func2(data8) > 2000){
const err34 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!pattern14.test(data8)){
const err35 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data5.tags !== undefined){
let data9 = data5.tags;
if(Array.isArray(data9)){
if(data9.length > 20){
const err37 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(func2(data10) > 50){
const err38 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data10) < 1){
const err39 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern15.test(data10)){
const err40 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err42 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err43 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data5.createdAt !== undefined){
let data11 = data5.createdAt;
if(typeof data11 === "string"){
if(func2(data11) > 32){
const err44 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!(formats0.validate(data11))){
const err45 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data5.updatedAt !== undefined){
let data12 = data5.updatedAt;
if(typeof data12 === "string"){
if(func2(data12) > 32){
const err47 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(formats0.validate(data12))){
const err48 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data5.deletedAt !== undefined){
let data13 = data5.deletedAt;
if(typeof data13 === "string"){
if(func2(data13) > 32){
const err50 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!(formats0.validate(data13))){
const err51 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data5.version !== undefined){
let data14 = data5.version;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err53 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 2147483647 || isNaN(data14)){
const err54 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err55 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!(formats6.validate(data14))){
const err56 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data4.owner !== undefined){
let data15 = data4.owner;
if(typeof data15 === "string"){
if(func2(data15) > 128){
const err58 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(func2(data15) < 1){
const err59 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!pattern2.test(data15)){
const err60 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data4.version !== undefined){
let data16 = data4.version;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err62 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 2147483647 || isNaN(data16)){
const err63 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err64 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!(formats6.validate(data16))){
const err65 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data4.changes !== undefined){
let data17 = data4.changes;
if(Array.isArray(data17)){
if(data17.length > 3){
const err66 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const len1 = data17.length;
for(let i2=0; i2<len1; i2++){
let data18 = data17[i2];
if(typeof data18 !== "string"){
const err67 = {instancePath:instancePath+"/detail/changes/" + i2,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!(((data18 === "name") || (data18 === "description")) || (data18 === "tags"))){
const err68 = {instancePath:instancePath+"/detail/changes/" + i2,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/enum",keyword:"enum",params:{allowedValues: schema15.allOf[0].properties.detail.properties.changes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
let i3 = data17.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data17[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err69 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err70 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data4.caller !== undefined){
let data19 = data4.caller;
if(typeof data19 === "string"){
if(func2(data19) > 128){
const err71 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(func2(data19) < 1){
const err72 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!pattern2.test(data19)){
const err73 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data4.correlationId !== undefined){
let data20 = data4.correlationId;
if(typeof data20 === "string"){
if(func2(data20) > 128){
const err75 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!pattern0.test(data20)){
const err76 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data21 = data.type;
if(typeof data21 !== "string"){
const err80 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!(data21 === "ItemUpdated")){
const err81 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema15.allOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

exports.ItemTrashed = validate15;
const schema16 = {"$id":"ItemTrashed#event","description":"A ItemEvent whose `type` is ItemTrashed.","allOf":[{"type":"object","additionalProperties":false,"description":"A change to an item, published once per change from the table's stream (x-webhooks); on\nEventBridge as for UserEvent.\n","required":["id","type","source","time","detail"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"Stable: the id of the stream record, the same on every redelivery. Delivery is at least\nonce: deduplicate by it.\n"},"type":{"type":"string","enum":["ItemCreated","ItemUpdated","ItemTrashed","ItemRestored","ItemPurged"]},"source":{"type":"string","enum":["users-api"]},"time":{"type":"string","format":"date-time","maxLength":32,"description":"When the database recorded the change (second precision)."},"detail":{"type":"object","additionalProperties":false,"required":["resource","owner","version"],"properties":{"resource":{"type":"object","additionalProperties":false,"required":["itemId","name","createdAt","updatedAt","version"],"properties":{"itemId":{"type":"string","format":"uuid","maxLength":36},"name":{"type":"string","minLength":1,"maxLength":200,"pattern":"\\S"},"description":{"type":"string","maxLength":2000,"pattern":"^[^\\u0000]*$"},"tags":{"type":"array","maxItems":20,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":50,"pattern":"^\\S(?:.*\\S)?$"}},"createdAt":{"type":"string","format":"date-time","maxLength":32},"updatedAt":{"type":"string","format":"date-time","maxLength":32},"deletedAt":{"type":"string","format":"date-time","maxLength":32,"description":"When the item was moved to the trash (trashed items are not served, so rarely seen)."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"Starts at 1 and grows by one with each change; the `ETag`."}}},"owner":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the item's owner."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"The item's version after the change; for ItemPurged one more than the last stored\nversion. Per item, versions only increase: order events by it.\n"},"changes":{"type":"array","description":"ItemUpdated only. The fields the update changed.","maxItems":3,"uniqueItems":true,"items":{"type":"string","enum":["name","description","tags"]}},"caller":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the caller who made the change; absent for public operations and purges by TTL."},"correlationId":{"type":"string","maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"The `X-Correlation-Id` of the request that made the change; absent for purges by TTL."}}}}},{"type":"object","properties":{"type":{"type":"string","enum":["ItemTrashed"]}}}]};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ItemTrashed#event" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.time === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.detail === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "type")) || (key0 === "source")) || (key0 === "time")) || (key0 === "detail"))){
const err5 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 128){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((data1 === "ItemCreated") || (data1 === "ItemUpdated")) || (data1 === "ItemTrashed")) || (data1 === "ItemRestored")) || (data1 === "ItemPurged"))){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema16.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.source !== undefined){
let data2 = data.source;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(data2 === "users-api")){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/enum",keyword:"enum",params:{allowedValues: schema16.allOf[0].properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.time !== undefined){
let data3 = data.time;
if(typeof data3 === "string"){
if(func2(data3) > 32){
const err14 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data3))){
const err15 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.detail !== undefined){
let data4 = data.detail;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.resource === undefined){
const err17 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.owner === undefined){
const err18 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.version === undefined){
const err19 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data4){
if(!((((((key1 === "resource") || (key1 === "owner")) || (key1 === "version")) || (key1 === "changes")) || (key1 === "caller")) || (key1 === "correlationId"))){
const err20 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.resource !== undefined){
let data5 = data4.resource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.itemId === undefined){
const err21 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "itemId"},message:"must have required property '"+"itemId"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.name === undefined){
const err22 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.createdAt === undefined){
const err23 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.updatedAt === undefined){
const err24 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5.version === undefined){
const err25 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data5){
if(!((((((((key2 === "itemId") || (key2 === "name")) || (key2 === "description")) || (key2 === "tags")) || (key2 === "createdAt")) || (key2 === "updatedAt")) || (key2 === "deletedAt")) || (key2 === "version"))){
const err26 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.itemId !== undefined){
let data6 = data5.itemId;
if(typeof data6 === "string"){
if(func2(data6) > 36){
const err27 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats2.test(data6))){
const err28 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.name !== undefined){
let data7 = data5.name;
if(typeof data7 === "string"){
if(func2(data7) > 200){
const err30 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func2(data7) < 1){
const err31 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern13.test(data7)){
const err32 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data5.description !== undefined){
let data8 = data5.description;
if(typeof data8 === "string"){
if(func2(data8) > 2000){
const err34 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!pattern14.test(data8)){
const err35 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data5.tags !== undefined){
let data9 = data5.tags;
if(Array.isArray(data9)){
if(data9.length > 20){
const err37 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(func2(data10) > 50){
const err38 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data10) < 1){
const err39 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern15.test(data10)){
const err40 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err42 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err43 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data5.createdAt !== undefined){
let data11 = data5.createdAt;
if(typeof data11 === "string"){
if(func2(data11) > 32){
const err44 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!(formats0.validate(data11))){
const err45 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data5.updatedAt !== undefined){
let data12 = data5.updatedAt;
if(typeof data12 === "string"){
if(func2(data12) > 32){
const err47 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(formats0.validate(data12))){
const err48 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data5.deletedAt !== undefined){
let data13 = data5.deletedAt;
if(typeof data13 === "string"){
if(func2(data13) > 32){
const err50 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!(formats0.validate(data13))){
const err51 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data5.version !== undefined){
let data14 = data5.version;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err53 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 2147483647 || isNaN(data14)){
const err54 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err55 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!(formats6.validate(data14))){
const err56 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data4.owner !== undefined){
let data15 = data4.owner;
if(typeof data15 === "string"){
if(func2(data15) > 128){
const err58 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(func2(data15) < 1){
const err59 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!pattern2.test(data15)){
const err60 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data4.version !== undefined){
let data16 = data4.version;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err62 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 2147483647 || isNaN(data16)){
const err63 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err64 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!(formats6.validate(data16))){
const err65 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data4.changes !== undefined){
let data17 = data4.changes;
if(Array.isArray(data17)){
if(data17.length > 3){
const err66 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const len1 = data17.length;
for(let i2=0; i2<len1; i2++){
let data18 = data17[i2];
if(typeof data18 !== "string"){
const err67 = {instancePath:instancePath+"/detail/changes/" + i2,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!(((data18 === "name") || (data18 === "description")) || (data18 === "tags"))){
const err68 = {instancePath:instancePath+"/detail/changes/" + i2,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/enum",keyword:"enum",params:{allowedValues: schema16.allOf[0].properties.detail.properties.changes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
let i3 = data17.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data17[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err69 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err70 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data4.caller !== undefined){
let data19 = data4.caller;
if(typeof data19 === "string"){
if(func2(data19) > 128){
const err71 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(func2(data19) < 1){
const err72 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!pattern2.test(data19)){
const err73 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data4.correlationId !== undefined){
let data20 = data4.correlationId;
if(typeof data20 === "string"){
if(func2(data20) > 128){
const err75 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!pattern0.test(data20)){
const err76 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data21 = data.type;
if(typeof data21 !== "string"){
const err80 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!(data21 === "ItemTrashed")){
const err81 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema16.allOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

exports.ItemRestored = validate16;
const schema17 = {"$id":"ItemRestored#event","description":"A ItemEvent whose `type` is ItemRestored.","allOf":[{"type":"object","additionalProperties":false,"description":"A change to an item, published once per change from the table's stream (x-webhooks); on\nEventBridge as for UserEvent.\n","required":["id","type","source","time","detail"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"Stable: the id of the stream record, the same on every redelivery. Delivery is at least\nonce: deduplicate by it.\n"},"type":{"type":"string","enum":["ItemCreated","ItemUpdated","ItemTrashed","ItemRestored","ItemPurged"]},"source":{"type":"string","enum":["users-api"]},"time":{"type":"string","format":"date-time","maxLength":32,"description":"When the database recorded the change (second precision)."},"detail":{"type":"object","additionalProperties":false,"required":["resource","owner","version"],"properties":{"resource":{"type":"object","additionalProperties":false,"required":["itemId","name","createdAt","updatedAt","version"],"properties":{"itemId":{"type":"string","format":"uuid","maxLength":36},"name":{"type":"string","minLength":1,"maxLength":200,"pattern":"\\S"},"description":{"type":"string","maxLength":2000,"pattern":"^[^\\u0000]*$"},"tags":{"type":"array","maxItems":20,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":50,"pattern":"^\\S(?:.*\\S)?$"}},"createdAt":{"type":"string","format":"date-time","maxLength":32},"updatedAt":{"type":"string","format":"date-time","maxLength":32},"deletedAt":{"type":"string","format":"date-time","maxLength":32,"description":"When the item was moved to the trash (trashed items are not served, so rarely seen)."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"Starts at 1 and grows by one with each change; the `ETag`."}}},"owner":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the item's owner."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"The item's version after the change; for ItemPurged one more than the last stored\nversion. Per item, versions only increase: order events by it.\n"},"changes":{"type":"array","description":"ItemUpdated only. The fields the update changed.","maxItems":3,"uniqueItems":true,"items":{"type":"string","enum":["name","description","tags"]}},"caller":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the caller who made the change; absent for public operations and purges by TTL."},"correlationId":{"type":"string","maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"The `X-Correlation-Id` of the request that made the change; absent for purges by TTL."}}}}},{"type":"object","properties":{"type":{"type":"string","enum":["ItemRestored"]}}}]};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ItemRestored#event" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.time === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.detail === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "type")) || (key0 === "source")) || (key0 === "time")) || (key0 === "detail"))){
const err5 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 128){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((data1 === "ItemCreated") || (data1 === "ItemUpdated")) || (data1 === "ItemTrashed")) || (data1 === "ItemRestored")) || (data1 === "ItemPurged"))){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema17.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.source !== undefined){
let data2 = data.source;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(data2 === "users-api")){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/enum",keyword:"enum",params:{allowedValues: schema17.allOf[0].properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.time !== undefined){
let data3 = data.time;
if(typeof data3 === "string"){
if(func2(data3) > 32){
const err14 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data3))){
const err15 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.detail !== undefined){
let data4 = data.detail;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.resource === undefined){
const err17 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.owner === undefined){
const err18 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.version === undefined){
const err19 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data4){
if(!((((((key1 === "resource") || (key1 === "owner")) || (key1 === "version")) || (key1 === "changes")) || (key1 === "caller")) || (key1 === "correlationId"))){
const err20 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.resource !== undefined){
let data5 = data4.resource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.itemId === undefined){
const err21 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "itemId"},message:"must have required property '"+"itemId"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.name === undefined){
const err22 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.createdAt === undefined){
const err23 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.updatedAt === undefined){
const err24 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5.version === undefined){
const err25 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data5){
if(!((((((((key2 === "itemId") || (key2 === "name")) || (key2 === "description")) || (key2 === "tags")) || (key2 === "createdAt")) || (key2 === "updatedAt")) || (key2 === "deletedAt")) || (key2 === "version"))){
const err26 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.itemId !== undefined){
let data6 = data5.itemId;
if(typeof data6 === "string"){
if(func2(data6) > 36){
const err27 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats2.test(data6))){
const err28 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.name !== undefined){
let data7 = data5.name;
if(typeof data7 === "string"){
if(func2(data7) > 200){
const err30 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func2(data7) < 1){
const err31 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern13.test(data7)){
const err32 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data5.description !== undefined){
let data8 = data5.description;
if(typeof data8 === "string"){
if(func2(data8) > 2000){
const err34 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!pattern14.test(data8)){
const err35 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data5.tags !== undefined){
let data9 = data5.tags;
if(Array.isArray(data9)){
if(data9.length > 20){
const err37 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(func2(data10) > 50){
const err38 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data10) < 1){
const err39 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern15.test(data10)){
const err40 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err42 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err43 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data5.createdAt !== undefined){
let data11 = data5.createdAt;
if(typeof data11 === "string"){
if(func2(data11) > 32){
const err44 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!(formats0.validate(data11))){
const err45 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data5.updatedAt !== undefined){
let data12 = data5.updatedAt;
if(typeof data12 === "string"){
if(func2(data12) > 32){
const err47 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(formats0.validate(data12))){
const err48 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data5.deletedAt !== undefined){
let data13 = data5.deletedAt;
if(typeof data13 === "string"){
if(func2(data13) > 32){
const err50 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!(formats0.validate(data13))){
const err51 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data5.version !== undefined){
let data14 = data5.version;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err53 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 2147483647 || isNaN(data14)){
const err54 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err55 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!(formats6.validate(data14))){
const err56 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data4.owner !== undefined){
let data15 = data4.owner;
if(typeof data15 === "string"){
if(func2(data15) > 128){
const err58 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(func2(data15) < 1){
const err59 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!pattern2.test(data15)){
const err60 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data4.version !== undefined){
let data16 = data4.version;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err62 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 2147483647 || isNaN(data16)){
const err63 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err64 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!(formats6.validate(data16))){
const err65 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data4.changes !== undefined){
let data17 = data4.changes;
if(Array.isArray(data17)){
if(data17.length > 3){
const err66 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const len1 = data17.length;
for(let i2=0; i2<len1; i2++){
let data18 = data17[i2];
if(typeof data18 !== "string"){
const err67 = {instancePath:instancePath+"/detail/changes/" + i2,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!(((data18 === "name") || (data18 === "description")) || (data18 === "tags"))){
const err68 = {instancePath:instancePath+"/detail/changes/" + i2,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/enum",keyword:"enum",params:{allowedValues: schema17.allOf[0].properties.detail.properties.changes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
let i3 = data17.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data17[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err69 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err70 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data4.caller !== undefined){
let data19 = data4.caller;
if(typeof data19 === "string"){
if(func2(data19) > 128){
const err71 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(func2(data19) < 1){
const err72 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!pattern2.test(data19)){
const err73 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data4.correlationId !== undefined){
let data20 = data4.correlationId;
if(typeof data20 === "string"){
if(func2(data20) > 128){
const err75 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!pattern0.test(data20)){
const err76 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data21 = data.type;
if(typeof data21 !== "string"){
const err80 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!(data21 === "ItemRestored")){
const err81 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema17.allOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

exports.ItemPurged = validate17;
const schema18 = {"$id":"ItemPurged#event","description":"A ItemEvent whose `type` is ItemPurged.","allOf":[{"type":"object","additionalProperties":false,"description":"A change to an item, published once per change from the table's stream (x-webhooks); on\nEventBridge as for UserEvent.\n","required":["id","type","source","time","detail"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"Stable: the id of the stream record, the same on every redelivery. Delivery is at least\nonce: deduplicate by it.\n"},"type":{"type":"string","enum":["ItemCreated","ItemUpdated","ItemTrashed","ItemRestored","ItemPurged"]},"source":{"type":"string","enum":["users-api"]},"time":{"type":"string","format":"date-time","maxLength":32,"description":"When the database recorded the change (second precision)."},"detail":{"type":"object","additionalProperties":false,"required":["resource","owner","version"],"properties":{"resource":{"type":"object","additionalProperties":false,"required":["itemId","name","createdAt","updatedAt","version"],"properties":{"itemId":{"type":"string","format":"uuid","maxLength":36},"name":{"type":"string","minLength":1,"maxLength":200,"pattern":"\\S"},"description":{"type":"string","maxLength":2000,"pattern":"^[^\\u0000]*$"},"tags":{"type":"array","maxItems":20,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":50,"pattern":"^\\S(?:.*\\S)?$"}},"createdAt":{"type":"string","format":"date-time","maxLength":32},"updatedAt":{"type":"string","format":"date-time","maxLength":32},"deletedAt":{"type":"string","format":"date-time","maxLength":32,"description":"When the item was moved to the trash (trashed items are not served, so rarely seen)."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"Starts at 1 and grows by one with each change; the `ETag`."}}},"owner":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the item's owner."},"version":{"type":"integer","format":"int32","minimum":1,"maximum":2147483647,"description":"The item's version after the change; for ItemPurged one more than the last stored\nversion. Per item, versions only increase: order events by it.\n"},"changes":{"type":"array","description":"ItemUpdated only. The fields the update changed.","maxItems":3,"uniqueItems":true,"items":{"type":"string","enum":["name","description","tags"]}},"caller":{"type":"string","minLength":1,"maxLength":128,"pattern":"^\\S+$","description":"The `sub` of the caller who made the change; absent for public operations and purges by TTL."},"correlationId":{"type":"string","maxLength":128,"pattern":"^[A-Za-z0-9._:-]{1,128}$","description":"The `X-Correlation-Id` of the request that made the change; absent for purges by TTL."}}}}},{"type":"object","properties":{"type":{"type":"string","enum":["ItemPurged"]}}}]};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ItemPurged#event" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.time === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.detail === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "type")) || (key0 === "source")) || (key0 === "time")) || (key0 === "detail"))){
const err5 = {instancePath,schemaPath:"#/allOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 128){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/allOf/0/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((data1 === "ItemCreated") || (data1 === "ItemUpdated")) || (data1 === "ItemTrashed")) || (data1 === "ItemRestored")) || (data1 === "ItemPurged"))){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/0/properties/type/enum",keyword:"enum",params:{allowedValues: schema18.allOf[0].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.source !== undefined){
let data2 = data.source;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(data2 === "users-api")){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/0/properties/source/enum",keyword:"enum",params:{allowedValues: schema18.allOf[0].properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.time !== undefined){
let data3 = data.time;
if(typeof data3 === "string"){
if(func2(data3) > 32){
const err14 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data3))){
const err15 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/time",schemaPath:"#/allOf/0/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.detail !== undefined){
let data4 = data.detail;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.resource === undefined){
const err17 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.owner === undefined){
const err18 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.version === undefined){
const err19 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data4){
if(!((((((key1 === "resource") || (key1 === "owner")) || (key1 === "version")) || (key1 === "changes")) || (key1 === "caller")) || (key1 === "correlationId"))){
const err20 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.resource !== undefined){
let data5 = data4.resource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.itemId === undefined){
const err21 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "itemId"},message:"must have required property '"+"itemId"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.name === undefined){
const err22 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.createdAt === undefined){
const err23 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.updatedAt === undefined){
const err24 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "updatedAt"},message:"must have required property '"+"updatedAt"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5.version === undefined){
const err25 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data5){
if(!((((((((key2 === "itemId") || (key2 === "name")) || (key2 === "description")) || (key2 === "tags")) || (key2 === "createdAt")) || (key2 === "updatedAt")) || (key2 === "deletedAt")) || (key2 === "version"))){
const err26 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.itemId !== undefined){
let data6 = data5.itemId;
if(typeof data6 === "string"){
if(func2(data6) > 36){
const err27 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/maxLength",keyword:"maxLength",params:{limit: 36},message:"must NOT have more than 36 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats2.test(data6))){
const err28 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/detail/resource/itemId",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/itemId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.name !== undefined){
let data7 = data5.name;
if(typeof data7 === "string"){
if(func2(data7) > 200){
const err30 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func2(data7) < 1){
const err31 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern13.test(data7)){
const err32 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/detail/resource/name",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data5.description !== undefined){
let data8 = data5.description;
if(typeof data8 === "string"){
if(func2(data8) > 2000){
const err34 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!pattern14.test(data8)){
const err35 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/detail/resource/description",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data5.tags !== undefined){
let data9 = data5.tags;
if(Array.isArray(data9)){
if(data9.length > 20){
const err37 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(func2(data10) > 50){
const err38 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data10) < 1){
const err39 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern15.test(data10)){
const err40 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^\\S(?:.*\\S)?$"},message:"must match pattern \""+"^\\S(?:.*\\S)?$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/detail/resource/tags/" + i0,schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err42 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err43 = {instancePath:instancePath+"/detail/resource/tags",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data5.createdAt !== undefined){
let data11 = data5.createdAt;
if(typeof data11 === "string"){
if(func2(data11) > 32){
const err44 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!(formats0.validate(data11))){
const err45 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/detail/resource/createdAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data5.updatedAt !== undefined){
let data12 = data5.updatedAt;
if(typeof data12 === "string"){
if(func2(data12) > 32){
const err47 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(formats0.validate(data12))){
const err48 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/detail/resource/updatedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/updatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data5.deletedAt !== undefined){
let data13 = data5.deletedAt;
if(typeof data13 === "string"){
if(func2(data13) > 32){
const err50 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!(formats0.validate(data13))){
const err51 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/detail/resource/deletedAt",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/deletedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data5.version !== undefined){
let data14 = data5.version;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err53 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 2147483647 || isNaN(data14)){
const err54 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err55 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!(formats6.validate(data14))){
const err56 = {instancePath:instancePath+"/detail/resource/version",schemaPath:"#/allOf/0/properties/detail/properties/resource/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/detail/resource",schemaPath:"#/allOf/0/properties/detail/properties/resource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data4.owner !== undefined){
let data15 = data4.owner;
if(typeof data15 === "string"){
if(func2(data15) > 128){
const err58 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(func2(data15) < 1){
const err59 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!pattern2.test(data15)){
const err60 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/detail/owner",schemaPath:"#/allOf/0/properties/detail/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data4.version !== undefined){
let data16 = data4.version;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err62 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 2147483647 || isNaN(data16)){
const err63 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err64 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!(formats6.validate(data16))){
const err65 = {instancePath:instancePath+"/detail/version",schemaPath:"#/allOf/0/properties/detail/properties/version/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data4.changes !== undefined){
let data17 = data4.changes;
if(Array.isArray(data17)){
if(data17.length > 3){
const err66 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const len1 = data17.length;
for(let i2=0; i2<len1; i2++){
let data18 = data17[i2];
if(typeof data18 !== "string"){
const err67 = {instancePath:instancePath+"/detail/changes/" + i2,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!(((data18 === "name") || (data18 === "description")) || (data18 === "tags"))){
const err68 = {instancePath:instancePath+"/detail/changes/" + i2,schemaPath:"#/allOf/0/properties/detail/properties/changes/items/enum",keyword:"enum",params:{allowedValues: schema18.allOf[0].properties.detail.properties.changes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
let i3 = data17.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data17[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err69 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err70 = {instancePath:instancePath+"/detail/changes",schemaPath:"#/allOf/0/properties/detail/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data4.caller !== undefined){
let data19 = data4.caller;
if(typeof data19 === "string"){
if(func2(data19) > 128){
const err71 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(func2(data19) < 1){
const err72 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!pattern2.test(data19)){
const err73 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/detail/caller",schemaPath:"#/allOf/0/properties/detail/properties/caller/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data4.correlationId !== undefined){
let data20 = data4.correlationId;
if(typeof data20 === "string"){
if(func2(data20) > 128){
const err75 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!pattern0.test(data20)){
const err76 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/detail/correlationId",schemaPath:"#/allOf/0/properties/detail/properties/correlationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/detail",schemaPath:"#/allOf/0/properties/detail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath,schemaPath:"#/allOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data21 = data.type;
if(typeof data21 !== "string"){
const err80 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!(data21 === "ItemPurged")){
const err81 = {instancePath:instancePath+"/type",schemaPath:"#/allOf/1/properties/type/enum",keyword:"enum",params:{allowedValues: schema18.allOf[1].properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

